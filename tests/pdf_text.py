"""The text of a PDF as pdftotext -raw -enc UTF-8 gives it (in the order it
is drawn), for the pdf-*.py checks. test-pdf.sh extracts it once for all
of them and names the file in SK_PDF_RAW_TEXT; run alone, a check
extracts it itself."""
import os
import subprocess


def raw_text(pdf):
    extracted = os.environ.get("SK_PDF_RAW_TEXT")
    if extracted:
        with open(extracted, encoding="utf-8") as f:
            return f.read()
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
