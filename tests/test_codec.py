"""Model dataclasses round-trip through the cache encoding, driven by their fields alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Literal

import msgpack
import pytest

from briefing import codec
from briefing.briefing import Briefing

pytestmark = pytest.mark.usefixtures("private_dirs")


def _through_bytes(value: object, kind: object) -> object:
    packed = msgpack.packb(codec.encode(value))
    return codec.decoder(kind)(msgpack.unpackb(packed, use_list=False))


def test_every_cached_model_class_round_trips(packet: Path) -> None:
    with Briefing.open([packet], sync=False) as briefing:
        from briefing.analysis import Discrepancy, TimelineEntry
        from briefing.model import Topic

        samples = [
            (briefing.topics(), Topic),
            (briefing.timeline(), TimelineEntry),
            (briefing.discrepancies(), Discrepancy),
        ]
        for records, kind in samples:
            assert records, f"the seeds have {kind.__name__} records"
            assert _through_bytes(records, tuple[kind, ...]) == records  # type: ignore[valid-type]
        assert any(e.date for e in briefing.timeline())  # dates really went through


@dataclasses.dataclass(frozen=True, slots=True)
class Extended:
    """Fields of the kinds other engineers add: the codec needs no change for them."""

    text: str
    language: str | None = None
    precision: Literal["day", "month", "year"] | None = None
    published: dt.date | None = None
    confidence: float = 0.0
    tags: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    provenance: dict[str, str] = dataclasses.field(default_factory=dict)


def test_new_plain_fields_round_trip_without_codec_changes() -> None:
    value = Extended(
        "t", "ru", "month", dt.date(2025, 10, 9), 1.0, ("a",), ((1, 2),), {"date": "heuristic"}
    )
    assert _through_bytes(value, Extended) == value
    assert _through_bytes(Extended("bare"), Extended) == Extended("bare")
    assert "precision" in codec.schema(Extended)  # a new field changes the fingerprint input


@pytest.mark.parametrize(
    "stored",
    [
        ("t", None, "week", None, 0.0, (), (), {}),
        ("t",),
        5,
        ("t", None, None, "not a date", 0, (), (), {}),
    ],
    ids=["literal", "short", "scalar", "date"],
)
def test_data_that_does_not_fit_is_refused(stored: object) -> None:
    with pytest.raises(codec.CodecError):
        codec.decoder(Extended)(stored)


def test_an_unsupported_field_type_fails_when_the_decoder_is_built() -> None:
    @dataclasses.dataclass(frozen=True)
    class Odd:
        handle: object

    with pytest.raises(TypeError, match="no cache encoding"):
        codec.decoder(Odd)
