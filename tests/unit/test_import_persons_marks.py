"""Authors written ``Given, Family`` (real programme pages): the author's footnote mark
after the family name says the words after the comma are a name, and the parts of a
semicolon list agree on how their names are written."""

from __future__ import annotations

from confnotes.importers.persons import split_speakers


def _names(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text, single_ok=True)]


def test_a_mark_after_the_family_name_makes_given_comma_family_one_name() -> None:
    assert _names("Marta, Oyelaran-Smith<sup>1</sup>") == [("Marta Oyelaran-Smith", [])]
    # no mark: "Name, Affiliation" as before
    assert _names("Marta Oyelaran, Harbour Lab") == [("Marta Oyelaran", ["Harbour Lab"])]


def test_a_two_word_given_name_in_a_list_of_given_comma_family_is_one_name() -> None:
    assert _names(
        "Ilse, Varga<sup>1</sup>; Anna Maria, Brandl<sup>2</sup>; Tomas, Kerr<sup>2</sup>"
    ) == [
        ("Ilse Varga", []),
        ("Anna Maria Brandl", []),
        ("Tomas Kerr", []),
    ]
