"""The staff's PIN that ends kiosk mode: stored only as an scrypt hash, and slower to guess after each wrong try.

A hash reads ``scrypt$16384$8$1$<salt>$<key>`` (cost, block size and parallelism, then base64 salt and key), so the
center file never holds the PIN itself. ``qiao kiosk hash-pin`` makes one. No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

PREFIX = "scrypt"
COST, BLOCK_SIZE, PARALLELISM, KEY_LENGTH = 16384, 8, 1, 32
FREE_TRIES = 3  # wrong tries before the pad makes the next one wait
FIRST_DELAY = 5.0  # seconds after the third wrong try; doubled after each further one
MAX_DELAY = 300.0
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinHashError(ValueError):
    """A string that is not a PIN hash this version can check."""


@dataclass(frozen=True)
class PinHash:
    cost: int
    block_size: int
    parallelism: int
    salt: bytes
    key: bytes

    def __str__(self) -> str:
        encode = base64.b64encode
        return (f"{PREFIX}${self.cost}${self.block_size}${self.parallelism}$"
                f"{encode(self.salt).decode()}${encode(self.key).decode()}")

    def matches(self, pin: str) -> bool:
        candidate = _derive(pin, self.salt, self.cost, self.block_size, self.parallelism, len(self.key))
        return hmac.compare_digest(candidate, self.key)


def _derive(pin: str, salt: bytes, cost: int, block_size: int, parallelism: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=cost, r=block_size, p=parallelism, dklen=length,
                          maxmem=256 * 1024 * 1024)


def check_pin_format(pin: str) -> str | None:
    """Why ``pin`` cannot be a kiosk PIN, or None: digits only (the pad has no letters), 4 to 12 of them."""
    if not pin.isdigit() or not pin.isascii():
        return "a PIN is digits only: the kiosk's pad has no letters"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits"
    return None


def hash_pin(pin: str, salt: bytes | None = None) -> PinHash:
    salt = salt or os.urandom(16)
    return PinHash(COST, BLOCK_SIZE, PARALLELISM, salt, _derive(pin, salt, COST, BLOCK_SIZE, PARALLELISM, KEY_LENGTH))


def parse_pin_hash(text: str) -> PinHash:
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != PREFIX:
        raise PinHashError("admin pin_hash must read scrypt$N$R$P$SALT$KEY; make one with 'qiao kiosk hash-pin'")
    try:
        cost, block_size, parallelism = (int(part) for part in parts[1:4])
        salt, key = (base64.b64decode(part, validate=True) for part in parts[4:6])
    except ValueError:
        raise PinHashError("admin pin_hash is damaged; make a new one with 'qiao kiosk hash-pin'") from None
    if cost < 2 or cost & (cost - 1) or not 1 <= block_size <= 64 or not 1 <= parallelism <= 16:
        raise PinHashError("admin pin_hash has impossible scrypt parameters")
    if len(salt) < 8 or len(key) < 16:
        raise PinHashError("admin pin_hash has too short a salt or key")
    return PinHash(cost, block_size, parallelism, salt, key)


class PinGuard:
    """Checks PINs and makes each wrong try after the third wait longer than the last (5 s, 10 s, 20 s …).

    It lives as long as the kiosk does: Start over and the idle reset forget the visitor, never the count."""

    def __init__(self, pin_hash: PinHash, clock: Callable[[], float] = time.monotonic) -> None:
        self._hash = pin_hash
        self._clock = clock
        self.wrong_tries = 0
        self._locked_until = 0.0

    def wait_left(self) -> float:
        """Seconds before the next try is heard (0 when it may be tried now)."""
        return max(0.0, self._locked_until - self._clock())

    def next_delay(self) -> float:
        """The wait that will follow one more wrong try."""
        extra = self.wrong_tries + 1 - FREE_TRIES
        return 0.0 if extra <= 0 else min(MAX_DELAY, FIRST_DELAY * 2 ** (extra - 1))

    def attempt(self, pin: str) -> bool:
        """True when ``pin`` is right. While the guard waits, no try is heard, right or wrong."""
        if self.wait_left() > 0:
            return False
        if self._hash.matches(pin):
            self.wrong_tries = 0
            return True
        delay = self.next_delay()
        self.wrong_tries += 1
        self._locked_until = self._clock() + delay
        return False
