"""TLS for a shared session: a fresh self-signed certificate per sharing, pinned by the join code.

The sharing facilitator's app makes a new key and certificate each time it shares
(:func:`new_certificate`) and serves ``wss://`` with it. The join code carries the first 128 bits
of the certificate's SHA-256 fingerprint (enough: forging a certificate with a given 128-bit
fingerprint is out of reach, and the code stays short). The joining app first reads the
certificate the address presents, without sending anything (:func:`presented_certificate`),
compares its fingerprint, and only then connects trusting exactly that certificate
(:func:`pinned_context`): a certificate swapped in between fails the handshake.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import hashlib
import hmac
import ipaddress
import os
import ssl
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from codev_app.cofacilitation.code import FINGERPRINT_BYTES

VALID_DAYS = 2  # a sharing lasts a session; the certificate need not outlive it


def fingerprint(der: bytes) -> bytes:
    """The truncated SHA-256 fingerprint of a certificate (DER) that join codes carry."""
    return hashlib.sha256(der).digest()[:FINGERPRINT_BYTES]


def matches(der: bytes, expected: bytes) -> bool:
    """Whether the certificate ``der`` is the one whose fingerprint the code holds."""
    return hmac.compare_digest(fingerprint(der), expected)


@dataclass(frozen=True)
class HostCertificate:
    """One sharing's certificate (DER) and its private key (PEM, never written to disk for long)."""

    der: bytes
    key_pem: bytes = field(repr=False)  # never in a log line

    @property
    def fingerprint(self) -> bytes:
        """What the join code carries."""
        return fingerprint(self.der)

    def server_context(self) -> ssl.SSLContext:
        """A TLS server context presenting this certificate (TLS 1.2 or newer)."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        cert_pem = ssl.DER_cert_to_PEM_cert(self.der).encode("ascii")
        # The ssl module loads a key only from a file: a private folder, removed at once.
        with tempfile.TemporaryDirectory(prefix="codev-tls-") as folder:
            path = os.path.join(folder, "host.pem")
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
                out.write(self.key_pem + cert_pem)
            context.load_cert_chain(path)
        return context


#: How a certificate names the room of an ended sharing (a name that never resolves).
ENDED_SUFFIX = ".ended.codev.invalid"


def new_certificate(host: str, ended_rooms: Iterable[str] = ()) -> HostCertificate:
    """A fresh key and self-signed certificate for one sharing on ``host`` (an IP address).

    ``ended_rooms``: the rooms of this host's earlier sharings, named in it so that a guest with
    an old code is told the sharing ended (:func:`ended_rooms`), not that the computer is another.
    A room says nothing of its secret; and a false claim here only words a refusal.
    """
    # Imported here: only the sharing facilitator needs it, and only then (not at start-up).
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Codev shared session")])
    now = datetime.datetime.now(datetime.UTC)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))  # a guest's clock may lag
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.IPAddress(ipaddress.ip_address(host)),
                    *(x509.DNSName(room + ENDED_SUFFIX) for room in ended_rooms),
                ]
            ),
            False,
        )
        # Its own trust anchor: the guest trusts this one certificate and nothing else.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return HostCertificate(certificate.public_bytes(serialization.Encoding.DER), key_pem)


def ended_rooms(der: bytes) -> frozenset[str]:
    """The rooms a certificate says have ended (see :func:`new_certificate`); none when it is
    not one of Codev's."""
    from cryptography import x509

    try:
        names = (
            x509.load_der_x509_certificate(der)
            .extensions.get_extension_for_class(x509.SubjectAlternativeName)
            .value.get_values_for_type(x509.DNSName)
        )
    except (ValueError, x509.ExtensionNotFound):
        return frozenset()
    return frozenset(n[: -len(ENDED_SUFFIX)] for n in names if n.endswith(ENDED_SUFFIX))


async def presented_certificate(host: str, port: int, timeout: float = 5.0) -> bytes | None:
    """The certificate (DER) ``host:port`` presents; nothing is sent but the TLS hello.

    ``None`` when what answers there speaks no TLS. Raises :class:`OSError` (or
    :class:`TimeoutError`) when nothing answers.
    """
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE  # read only: the fingerprint is compared by the caller
    try:
        _reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=probe, server_hostname=""), timeout
        )
    except ssl.SSLError:
        return None
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):  # the probe is over either way
            await writer.wait_closed()
    return der


def pinned_context(der: bytes) -> ssl.SSLContext:
    """A TLS client context that trusts exactly the certificate ``der`` (no host name check:
    the host is an address, and the certificate itself is what the code pins)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=der)
    return context
