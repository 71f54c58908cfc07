"""Cleaning model output: chatter goes, the letter stays word for word."""

from __future__ import annotations

import re

import pytest

from netdraft.clean import clean

LETTER = """Dear Dr. Chen,

Sam Patel suggested I write to you. I would value a 20-minute phone call.

Thank you for your time.

Best regards,
Ana Ruiz"""


def words(text: str) -> list[str]:
    return re.findall(r"[\w'.,-]+", text)


def test_a_clean_letter_is_left_alone() -> None:
    out = clean(LETTER)
    assert out.body == LETTER and out.subject is None and out.removed == ()


@pytest.mark.parametrize(
    "preamble",
    [
        "Here is the letter:",
        "Sure! Here's a draft of your networking email:",
        "Certainly! Below is a polite letter.",
        "Of course. Here is a revised version that fixes every problem:",
        "Here's the corrected letter:",
        "Okay, here you go:",
    ],
)
def test_preambles_are_removed(preamble: str) -> None:
    out = clean(f"{preamble}\n\n{LETTER}")
    assert out.body == LETTER
    assert out.removed == (preamble,)


@pytest.mark.parametrize(
    "note",
    [
        "Note: You may want to adjust the date of the call.",
        "**Note:** replace the phone number if needed.",
        "(Note: I kept it under 200 words.)",
        "I hope this helps!",
        "Let me know if you'd like any changes.",
        "Feel free to adjust the tone.",
        "You can customize the closing to suit your style.",
        "This letter keeps the referral in the first paragraph.",
        "---",
    ],
)
def test_trailing_notes_are_removed(note: str) -> None:
    out = clean(f"{LETTER}\n\n{note}")
    assert out.body == LETTER


def test_several_trailing_notes_and_a_separator_go() -> None:
    out = clean(f"{LETTER}\n\n---\n\nNote: adjust as needed.\n\nI hope this helps!")
    assert out.body == LETTER


def test_subject_line_moves_into_subject() -> None:
    out = clean(f"Subject: Advice on UX research\n\n{LETTER}")
    assert out.subject == "Advice on UX research" and out.body == LETTER


@pytest.mark.parametrize(
    "line",
    [
        "**Subject:** Advice on UX research",
        "**Subject: Advice on UX research**",
        "subject line: Advice on UX research",
    ],
)
def test_markdown_subject_lines_are_recognised(line: str) -> None:
    out = clean(f"{line}\n\n{LETTER}")
    assert out.subject == "Advice on UX research" and out.body == LETTER


def test_preamble_then_subject_then_fenced_letter_then_note() -> None:
    raw = f"Sure! Here is your email:\n\n```\nSubject: A question\n\n{LETTER}\n```\n\nI hope this helps."
    out = clean(raw)
    assert out.subject == "A question" and out.body == LETTER


def test_markdown_fences_and_bold_are_stripped_but_words_kept() -> None:
    raw = (
        "```markdown\nDear **Dr. Chen**,\n\nI am *very* grateful for __your__ time.\n\n"
        "Best regards,\nAna Ruiz\n```"
    )
    out = clean(raw)
    assert out.body == "Dear Dr. Chen,\n\nI am very grateful for your time.\n\nBest regards,\nAna Ruiz"


def test_bullet_lists_are_left_for_the_resume_rule() -> None:
    raw = f"{LETTER[:15]}\n\n* Taught chemistry 2015-2023\n* Led the science fair\n\nBest regards,\nAna Ruiz"
    out = clean(raw)
    assert "* Taught chemistry 2015-2023\n* Led the science fair" in out.body


def test_chatter_inside_the_letter_is_not_touched() -> None:
    # Only the wrapping goes: chatter in the middle stays for the `meta` rule to report.
    raw = (
        "Dear Dr. Chen,\n\nHere is my letter: I would value your advice.\n\nNote: thank you.\n\n"
        "Best regards,\nAna Ruiz"
    )
    out = clean(raw)
    assert "Here is my letter:" in out.body and "Note: thank you." in out.body


def test_a_later_subject_line_stays_in_the_body() -> None:
    raw = "Dear Dr. Chen,\n\nSubject: my career change.\n\nBest regards,\nAna Ruiz"
    assert clean(raw).subject is None and "Subject: my career change." in clean(raw).body


def test_letter_ending_with_a_hope_is_not_cut() -> None:
    raw = (
        "Dear Dr. Chen,\n\nThank you.\n\n"
        "I hope this finds you well and look forward to hearing from you.\n\nAna Ruiz"
    )
    assert clean(raw).body == raw


def test_cleaning_never_adds_words() -> None:
    raw = (
        f"Sure! Here's the letter:\n\n**Subject:** Hello there\n\n{LETTER}\n\n"
        "Note: edit freely.\n\nI hope this helps!"
    )
    out = clean(raw)
    kept = words(out.body) + words(out.subject or "")
    original = words(raw.replace("*", ""))
    assert all(w in original for w in kept)


def test_windows_newlines_and_blank_runs_are_normalised() -> None:
    out = clean("Dear Dr. Chen,\r\n\r\n\r\n\r\nThank you.\r\n\r\nAna Ruiz\r\n")
    assert out.body == "Dear Dr. Chen,\n\nThank you.\n\nAna Ruiz"


def test_empty_output_gives_an_empty_body() -> None:
    out = clean("   \n")
    assert out.body == "" and out.subject is None
