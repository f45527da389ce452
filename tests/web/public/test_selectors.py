"""Result presentation: evidence spans become marked pieces that always add up to the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from signaalwijzer.engine import Span
from signaalwijzer.web.apps.public.selectors import text_segments


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def test_marks_exactly_the_spans() -> None:
    text = "De baas houdt zijn paspoort en hij slaapt in de schuur."
    a = text.index("houdt zijn paspoort")
    b = text.index("slaapt in de schuur")
    spans = [span(text, b, b + 19), span(text, a, a + 19)]  # order does not matter
    segments = text_segments(text=text, spans=spans, labels={a: ["Paspoort"]})
    assert [(s.text, s.marked) for s in segments] == [
        ("De baas ", False),
        ("houdt zijn paspoort", True),
        (" en hij ", False),
        ("slaapt in de schuur", True),
        (".", False),
    ]
    assert segments[1].labels == ("Paspoort",)


def test_overlapping_and_touching_spans_merge() -> None:
    text = "slapen in een container achter de zaak"
    spans = [span(text, 0, 23), span(text, 0, 38), span(text, 38, 38)]
    segments = text_segments(text=text, spans=spans, labels={})
    assert [(s.text, s.marked) for s in segments] == [(text, True)]


def test_spans_outside_the_text_are_ignored() -> None:
    text = "kort"
    segments = text_segments(
        text=text, spans=[Span(start=2, end=99, text=""), Span(start=-1, end=2, text="")], labels={}
    )
    assert [(s.text, s.marked) for s in segments] == [("kort", False)]


@given(
    st.text(min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
)
def test_pieces_always_add_up_to_the_text(text: str, pairs: list[tuple[int, int]]) -> None:
    spans = [Span(start=a, end=b, text="") for a, b in pairs]
    segments = text_segments(text=text, spans=spans, labels={})
    assert "".join(s.text for s in segments) == text
    marked = [s for s in segments if s.marked]
    assert all(s.text for s in marked)
    # no two marked pieces are adjacent (they would have been merged)
    for left, right in zip(segments, segments[1:], strict=False):
        assert not (left.marked and right.marked)
