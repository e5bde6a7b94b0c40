"""Kept files sealed with their writer's header and a checksum, on invented bytes."""

from generator.cache import sealed, unsealed


def test_a_sealed_payload_comes_back_only_intact_and_under_its_header():
    data = sealed(b"memo 1 gen-a\0", b"payload of the river mill")
    assert unsealed(data, b"memo 1 gen-a\0") == b"payload of the river mill"
    assert unsealed(data, b"memo 1 gen-b\0") is None  # another generator wrote it
    assert unsealed(data[:-1], b"memo 1 gen-a\0") is None  # cut
    flipped = data[:-3] + bytes([data[-3] ^ 1]) + data[-2:]
    assert unsealed(flipped, b"memo 1 gen-a\0") is None  # damaged
    assert unsealed(b"memo 1 gen-a\0", b"memo 1 gen-a\0") is None  # no checksum at all


def test_an_empty_payload_is_still_sealed():
    assert unsealed(sealed(b"h", b""), b"h") == b""
