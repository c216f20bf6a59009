import pytest

from rocb_desk.domain.errors import FormatError
from rocb_desk.domain.references import LetterReference, next_number, numbering_gaps


def test_parse_and_print_both_directions():
    assert str(LetterReference.parse("2021/2")) == "2021/2"
    incoming = LetterReference.parse("in-2021/14")
    assert incoming.incoming and str(incoming) == "IN-2021/14"


@pytest.mark.parametrize("bad", ["2021", "2021/0", "OUT-2021/1", "21/3", "2021/x"])
def test_refuses_malformed(bad):
    with pytest.raises(ValueError):
        LetterReference.parse(bad)


def test_numbering_continues_and_reports_gaps_and_duplicates():
    assert next_number([]) == 1
    assert next_number([1, 2, 5]) == 6
    assert numbering_gaps([1, 2, 2, 5]) == ([3, 4], [2])


@pytest.mark.parametrize("text", ["IN-2015/" + "9" * 30, "2021/" + "1" * 5000, "2021/1234567"])
def test_a_number_no_register_reaches_is_refused(text: str):
    with pytest.raises(FormatError, match="not a letter reference"):
        LetterReference.parse(text)
