"""Errors that carry a translatable message.

Messages are written in English as Qt Linguist source texts. They are marked with
QT_TRANSLATE_NOOP so that `pyside6-lupdate` collects them, and translated only when
a face (window or command line) shows them, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without translating it here."""
    return text


ERRORS = "Errors"


@dataclass(frozen=True)
class Message:
    """A message source text with its translation context and format parameters."""

    text: str
    context: str = ERRORS
    params: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.params)


class OfficeError(Exception):
    """Something the user asked for was refused; nothing was changed."""

    def __init__(self, text: str, context: str = ERRORS, **params: object) -> None:
        self.message = Message(text, context, dict(params))
        super().__init__(self.message.english())


class FormatError(OfficeError, ValueError):
    """A value written in a form the office does not use (an amount, a year, a reference).

    Still a ValueError, so parsing code may catch it as such; the caller that knows the
    field turns it into a FieldError with `.message`.
    """


@dataclass(frozen=True)
class FieldError:
    """One refused field: which field, and why."""

    field: str
    message: Message
    row: int | None = None  # the row of an imported file, counted as the user sees it


class ValidationError(OfficeError):
    """One or more fields were refused."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("a ValidationError needs at least one field error")
        self.errors = list(errors)
        first = errors[0].message
        OfficeError.__init__(self, first.text, first.context, **first.params)

    @classmethod
    def single(cls, field_name: str, text: str, **params: object) -> ValidationError:
        return cls([FieldError(field_name, Message(text, ERRORS, dict(params)))])

    def for_field(self, field_name: str) -> list[Message]:
        return [e.message for e in self.errors if e.field == field_name]
