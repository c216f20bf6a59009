"""A certificate of attendance as plain data: what the service says, what the writer lays out.

The service fills every text in the certificate's language, labels included, so that
the PDF writer (which may import only domain/) translates and computes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class CertificateLabels:
    """The certificate's fixed wording, already translated and, where it says so, filled in."""

    office: str = "Regional Office for Capacity Building, WCO Europe Region (ROCB Europe)"
    heading: str = "Certificate of attendance"
    certify: str = "This is to certify that"
    of_line: str = ""  # "of <administration>", filled in; empty when the list names none
    attended: str = "attended"
    issued_line: str = ""  # "Issued on 26 November 2020", filled in
    signature: str = "Director"


@dataclass(frozen=True)
class Certificate:
    name: str
    administration: str
    event_title: str
    period: str  # "25–26 November 2020", in the certificate's language
    location: str
    issued: date
    lang: str
    labels: CertificateLabels = field(default_factory=CertificateLabels)
