"""The maintainers' Ed25519 signing keys, kept in a folder of their own, outside every pack repository.

One PEM file per key, named ``<role>-<keyid>.pem`` (PKCS#8, owner-only permissions). When the variable
QIAO_KEY_PASSPHRASE is set, new keys are encrypted with it and encrypted keys are opened with it; otherwise an
encrypted key asks for its passphrase on the terminal.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import paths

PASSPHRASE_VARIABLE = "QIAO_KEY_PASSPHRASE"


class SigningKeyError(Exception):
    """A signing key is missing, unreadable or in the wrong place; the message says what to do."""


def default_keys_dir() -> Path:
    """The signing keys' folder when --keys is not given: the user's own data folder, never a repository."""
    return paths.user_data_dir() / "signing-keys"


def check_outside(keys_dir: Path, repository: Path) -> None:
    """Refuses a keys folder inside the repository, whose files are copied to every USB stick and mirror."""
    keys, repo = keys_dir.resolve(), repository.resolve()
    if keys == repo or repo in keys.parents:
        raise SigningKeyError(f"the keys folder {keys_dir} is inside the repository {repository}: everything in a "
                        "repository is published. Keep the keys in a folder of their own (--keys DIR).")


def _passphrase(prompt_for: str | None) -> bytes | None:
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value:
        return value.encode()
    if prompt_for is None:
        return None
    import getpass
    import sys

    if not sys.stdin.isatty():
        raise SigningKeyError(f"{prompt_for} is encrypted: set {PASSPHRASE_VARIABLE} or run this in a terminal")
    return getpass.getpass(f"Passphrase for {prompt_for}: ").encode()


def generate(keys_dir: Path, role: str):
    """A new Ed25519 signer for ``role``, its private key saved in ``keys_dir``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from securesystemslib.signer import CryptoSigner

    private_key = Ed25519PrivateKey.generate()
    signer = CryptoSigner(private_key)
    passphrase = _passphrase(None)
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    pem = private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    try:
        keys_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(keys_dir, 0o700)
        path = keys_dir / f"{role}-{signer.public_key.keyid}.pem"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
    except OSError as error:
        raise SigningKeyError(f"cannot write a key in {keys_dir}: {error.strerror or error}") from error
    return signer


def key_file(keys_dir: Path, keyid: str) -> Path | None:
    found = sorted(keys_dir.glob(f"*-{keyid}.pem"))
    return found[0] if found else None


def load(keys_dir: Path, keyid: str, public_key, role: str):
    """The signer for the key ``keyid`` of ``role``, from its file in ``keys_dir``."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from securesystemslib.signer import CryptoSigner

    path = key_file(keys_dir, keyid)
    if path is None:
        raise SigningKeyError(f"the {role} key {keyid[:16]}… is not in {keys_dir}: pass the folder that holds it "
                        "with --keys DIR")
    data = path.read_bytes()
    passphrase = _passphrase(str(path)) if b"ENCRYPTED" in data else None
    try:
        private_key = load_pem_private_key(data, passphrase)
        return CryptoSigner(private_key, public_key)
    except (ValueError, TypeError) as error:
        raise SigningKeyError(f"cannot open {path}: {error}") from error
