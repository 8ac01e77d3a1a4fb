#!/usr/bin/env python3
"""Cross-language oracle for @mistral-workflows/encoding.

Drives the official Python SDK's payload encoder (mistralai/client-python,
src/mistralai/extra/workflows/encoding) to make test vectors, and to decode payloads made by the
TypeScript codec. Nothing of the SDK is kept in this repository: pass a checkout with --sdk.

    # a work tree of the encoder at a pinned commit
    git -C <client-python clone> archive <commit> src/mistralai/extra/workflows/encoding | tar -x -C <dir>

    python3 oracle.py vectors --sdk <dir> --commit <commit>              # writes test/vectors/python-vectors.json
    python3 oracle.py decode --sdk <dir> --input <ts-made.json> --report <report.json>
    python3 oracle.py primitives --input <ts-made.json> --report <report.json>   # no SDK needed

Needs python3 >= 3.10 with pydantic 2 and cryptography; msgpack and zstandard may come from Debian
(python3-msgpack, python3-zstandard): their dist-packages folder is appended to sys.path.

`primitives` checks TypeScript-made payloads with the same libraries the SDK uses (cryptography's AESGCM,
msgpack, zstandard's one-shot decompressor, which refuses a frame without its content size), following the
SDK's documented wire format. It is what CI can run without the SDK source; `decode` is the real proof.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import json
import os
import sys
import tempfile
import logging
import types
from pathlib import Path
from typing import Any

DEBIAN_DIST_PACKAGES = "/usr/lib/python3/dist-packages"
if os.path.isdir(DEBIAN_DIST_PACKAGES) and DEBIAN_DIST_PACKAGES not in sys.path:
    # Appended, not prepended: pydantic and cryptography stay the interpreter's own.
    sys.path.append(DEBIAN_DIST_PACKAGES)

# The encoder logs every failed decryption with a traceback; the failures here are on purpose.
logging.disable(logging.CRITICAL)

HERE = Path(__file__).resolve().parent
VECTORS_DIR = HERE.parent / "test" / "vectors"

# Test keys only (AES-256, hex). Never use them for anything else.
KEYS = {
    "main": hashlib.sha256(b"encoding test key: main").hexdigest(),
    "secondary": hashlib.sha256(b"encoding test key: secondary").hexdigest(),
    "other": hashlib.sha256(b"encoding test key: other").hexdigest(),
}

# ---------------------------------------------------------------------------------------------------
# Loading the SDK's encoder with the smallest stubs it needs (no other mistralai module is loaded).
# ---------------------------------------------------------------------------------------------------

STUB_EXCEPTIONS = '''
class MistralClientException(Exception):
    pass
class WorkflowPayloadOffloadingException(MistralClientException):
    pass
class WorkflowPayloadEncryptionException(MistralClientException):
    pass
class WorkflowPayloadCompressionException(MistralClientException):
    pass
'''

# The encoder validates json_patch event payloads with this generated model; this stub keeps the fields the
# encoder reads (type, value as a list of patches or a string, encoding_options) and lets patches keep every field.
STUB_JSON_PATCH_RESPONSE = '''
from typing import Any, List, Literal, Optional, Union
from pydantic import BaseModel, ConfigDict

class JSONPatch(BaseModel):
    model_config = ConfigDict(extra="allow")
    op: str
    path: str
    value: Any = None

class JSONPatchPayloadResponse(BaseModel):
    value: Union[List[JSONPatch], str]
    type: Literal["json_patch"] = "json_patch"
    encoding_options: Optional[List[str]] = None
'''


def load_sdk(sdk: Path) -> types.SimpleNamespace:
    encoding_dir = sdk / "src" / "mistralai" / "extra" / "workflows" / "encoding"
    if not (encoding_dir / "payload_encoder.py").is_file():
        raise SystemExit(f"not a client-python checkout (no {encoding_dir}/payload_encoder.py)")
    root = Path(tempfile.mkdtemp(prefix="encoding-oracle-"))
    pkg = root / "mistralai"
    for sub in ["", "extra", "extra/workflows", "client", "client/models"]:
        (pkg / sub).mkdir(parents=True, exist_ok=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "extra" / "exceptions.py").write_text(STUB_EXCEPTIONS)
    (pkg / "client" / "models" / "jsonpatchpayloadresponse.py").write_text(STUB_JSON_PATCH_RESPONSE)
    (pkg / "extra" / "workflows" / "encoding").symlink_to(encoding_dir.resolve(), target_is_directory=True)
    sys.path.insert(0, str(root))

    from mistralai.extra.workflows.encoding import config, models, payload_encoder  # noqa: E402
    from mistralai.extra.workflows.encoding.storage import blob_storage  # noqa: E402

    return types.SimpleNamespace(config=config, models=models, pe=payload_encoder, storage=blob_storage)


# ---------------------------------------------------------------------------------------------------
# A file-backed blob store with the TypeScript store's layout (createFileBlobStore).
# ---------------------------------------------------------------------------------------------------

SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")


def blob_path(root: Path, key: str) -> Path:
    segments = key.split("/")
    if any(s in ("", ".", "..") for s in segments):
        raise ValueError("unsafe blob key")
    return root.joinpath(
        *["".join(chr(b) if b in SAFE else "%%%02X" % b for b in s.encode()) for s in segments]
    )


def file_storage_class(sdk: types.SimpleNamespace):
    class FileBlobStorage(sdk.storage.BlobStorage):
        def __init__(self, root: Path) -> None:
            self.root = root
            self.uploaded: dict[str, bytes] = {}

        async def upload_blob(self, key: str, content: bytes) -> str:
            path = blob_path(self.root, key)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            self.uploaded[key] = content
            return str(path)

        async def get_blob(self, key: str) -> bytes:
            path = blob_path(self.root, key)
            if not path.is_file():
                raise sdk.storage.BlobNotFoundError(key)
            return path.read_bytes()

        async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
            path = blob_path(self.root, key)
            return {"size": path.stat().st_size} if path.is_file() else None

        async def delete_blob(self, key: str) -> None:
            blob_path(self.root, key).unlink(missing_ok=True)

        async def blob_exists(self, key: str) -> bool:
            return blob_path(self.root, key).is_file()

    return FileBlobStorage


def use_file_store(sdk: types.SimpleNamespace, root: Path):
    storage = file_storage_class(sdk)(root)

    @contextlib.asynccontextmanager
    async def get_blob_storage(_config):
        yield storage

    sdk.pe.get_blob_storage = get_blob_storage
    return storage


class NonceSource:
    """Deterministic nonces for vectors: nonce i is the first 12 bytes of sha256("nonce:<seed>:<i>")."""

    def __init__(self, seed: str) -> None:
        self.seed, self.count, self.used = seed, 0, []

    def __call__(self, size: int) -> bytes:
        nonce = hashlib.sha256(f"nonce:{self.seed}:{self.count}".encode()).digest()[:size]
        self.count += 1
        self.used.append(nonce.hex())
        return nonce


def make_encoder(sdk: types.SimpleNamespace, case: dict[str, Any]):
    c = sdk.config
    settings: dict[str, Any] = {}
    if "encryption" in case:
        enc = case["encryption"]
        settings["payload_encryption"] = c.PayloadEncryptionConfig(
            mode=enc["mode"],
            main_key=KEYS[enc["mainKey"]],
            secondary_key=KEYS[enc["secondaryKey"]] if enc.get("secondaryKey") else None,
        )
    if "compression" in case:
        comp = case["compression"]
        settings["payload_compression"] = c.PayloadCompressionConfig(
            min_size_bytes=comp.get("minSizeBytes", 1024 * 1024),
            algorithm_config=c.ZstdCompressionConfig(level=comp.get("level", 3)),
        )
    if "offloading" in case:
        off = case["offloading"]
        settings["payload_offloading"] = c.PayloadOffloadingConfig(
            storage_config=c.BlobStorageConfig(), min_size_bytes=off.get("minSizeBytes", 1024 * 1024)
        )
    return sdk.pe.PayloadEncoder(c.WorkflowEncodingConfig(**settings))


def context(sdk: types.SimpleNamespace, case: dict[str, Any], execution_id: str):
    namespace = case.get("offloading", {}).get("namespace", "default")
    return sdk.models.WorkflowContext(namespace=namespace, execution_id=execution_id)


def error_name(exc: BaseException) -> str:
    return type(exc).__name__


# ---------------------------------------------------------------------------------------------------
# vectors: Python encodes, the TypeScript tests decode (and re-encode with the same nonces).
# ---------------------------------------------------------------------------------------------------

UNICODE = "héllo wörld ✓ 日本語 😀 \u2028 \x7f tab\tnew\nline \"quoted\" back\\slash \x01"


def cases() -> list[dict[str, Any]]:
    long_text = " ".join(f"item {i} of a repetitive payload" for i in range(60))
    nested = {
        "user": "ada",
        "ssn": {"field_type": "__encrypted_str__", "data": "078-05-1120"},
        "accounts": [
            {"iban": {"field_type": "__encrypted_str__", "data": "FR76 3000 6000 0112 3456 7890 189"}, "n": 1},
            {"note": "plain", "deep": {"x": [{"field_type": "__encrypted_str__", "data": UNICODE}]}},
        ],
        "numbers": [0, -3, 2.5, 0.1, 1e-7, 1.5e300, 123456789012],
        "flags": [True, False, None],
        "text": UNICODE,
    }
    full = {"encryption": {"mode": "full", "mainKey": "main"}}
    partial = {"encryption": {"mode": "partial", "mainKey": "main"}}
    small = {"minSizeBytes": 64}
    off = {"minSizeBytes": 64, "namespace": "team ns!'()*~é/x"}
    return [
        {"name": "plain: no encoding configured", "input": {"a": 1, "b": [True, None, "x"]}},
        {"name": "full: object", **full, "input": {"prompt": "hello", "n": 3}},
        {"name": "full: unicode", **full, "input": {"text": UNICODE, "emoji": "😀👍🏽"}},
        {"name": "full: empty object", **full, "input": {}},
        {"name": "full: empty string", **full, "input": ""},
        {"name": "full: empty list", **full, "input": []},
        {"name": "full: null", **full, "input": None},
        {"name": "partial: nested marked fields", **partial, "input": nested},
        {"name": "partial: no marked field (re-serialised, not marked)", **partial, "input": {"a": "é", "b": [1, 2.5]}},
        {"name": "partial: a marked string at the top level", **partial, "input": {"field_type": "__encrypted_str__", "data": "top"}},
        {"name": "compressed: above the threshold", "compression": small, "input": {"text": long_text}},
        {"name": "compressed: level 22", "compression": {"minSizeBytes": 64, "level": 22}, "input": {"text": long_text}},
        {"name": "compressed: below the threshold", "compression": {"minSizeBytes": 100000}, "input": {"text": long_text}},
        {
            "name": "compressed: not smaller, so sent as it is",
            "compression": {"minSizeBytes": 8},
            "input": hashlib.sha256(b"x").hexdigest()[:24],
        },
        {"name": "offloaded: key format with quoted namespace and id", "offloading": off, "input": {"text": long_text}},
        {"name": "offloaded: below the threshold", "offloading": {**off, "minSizeBytes": 100000}, "input": {"text": long_text}},
        {
            "name": "combined: partial + compressed + offloaded",
            **partial,
            "compression": small,
            "offloading": off,
            "input": {**nested, "long": long_text},
        },
        {
            "name": "combined: compressed + offloaded + full",
            **full,
            "compression": small,
            "offloading": off,
            "input": {"long": long_text, "text": UNICODE},
        },
        {
            "name": "combined: compressed + full (offloading below threshold)",
            **full,
            "compression": small,
            "offloading": {**off, "minSizeBytes": 100000},
            "input": {"long": long_text},
        },
        {
            "name": "rotation: written under the secondary key, read with main + secondary",
            "encryption": {"mode": "full", "mainKey": "secondary"},
            "decodeWith": {"encryption": {"mode": "full", "mainKey": "main", "secondaryKey": "secondary"}},
            "input": {"rotated": True},
        },
        {
            "name": "rotation: partial fields under the secondary key",
            "encryption": {"mode": "partial", "mainKey": "secondary"},
            "decodeWith": {"encryption": {"mode": "partial", "mainKey": "main", "secondaryKey": "secondary"}},
            "input": nested,
        },
    ]


EXECUTION_ID = "exec/01 (a)*!'é"


async def make_vectors(sdk: types.SimpleNamespace, commit: str, out: Path) -> None:
    blobs_root = Path(tempfile.mkdtemp(prefix="encoding-oracle-blobs-"))
    storage = use_file_store(sdk, blobs_root)
    vectors = []
    for i, case in enumerate(cases()):
        nonces = NonceSource(f"vector-{i}")
        sdk.pe.os = types.SimpleNamespace(urandom=nonces)
        encoder = make_encoder(sdk, case)
        storage.uploaded = {}
        encoded = await encoder.encode_network_input(case["input"], context(sdk, case, EXECUTION_ID))
        dumped = encoded.model_dump(mode="json")
        decoder = make_encoder(sdk, {**case, **case.get("decodeWith", {})})
        decoded = await decoder.decode_network_result(dumped)
        assert decoded == case["input"], case["name"]
        vectors.append(
            {
                "name": case["name"],
                "config": {k: case[k] for k in ("encryption", "compression", "offloading") if k in case},
                "decodeWith": case.get("decodeWith"),
                "executionId": EXECUTION_ID,
                "input": case["input"],
                "plainJson": sdk.pe.to_json(case["input"]).decode(),
                "nonces": nonces.used,
                "encoded": dumped,
                "blobs": {key: base64.b64encode(blob).decode() for key, blob in storage.uploaded.items()},
                "decoded": decoded,
            }
        )

    # Failures: the same payload tampered, or read with a key that never wrote it.
    sdk.pe.os = types.SimpleNamespace(urandom=NonceSource("failures"))
    full_case = {"encryption": {"mode": "full", "mainKey": "main"}}
    encoded = (await make_encoder(sdk, full_case).encode_network_input({"secret": 1}, context(sdk, full_case, "e"))).model_dump(mode="json")
    raw = bytearray(base64.b64decode(encoded["b64payload"]))
    raw[20] ^= 1
    tampered = {**encoded, "b64payload": base64.b64encode(bytes(raw)).decode()}
    failures = []
    for name, payload, decode_with in [
        ("tampered ciphertext", tampered, full_case),
        ("wrong key", encoded, {"encryption": {"mode": "full", "mainKey": "other"}}),
        ("wrong keys (main and secondary)", encoded, {"encryption": {"mode": "full", "mainKey": "other", "secondaryKey": "secondary"}}),
        ("encrypted, no key configured", encoded, {}),
    ]:
        try:
            await make_encoder(sdk, decode_with).decode_network_result(payload)
            failures.append({"name": name, "encoded": payload, "decodeWith": decode_with, "pythonError": None})
        except Exception as exc:  # the error class is what the vector records
            failures.append({"name": name, "encoded": payload, "decodeWith": decode_with, "pythonError": error_name(exc)})

    # Events: a fully encrypted json payload (never offloaded), and a json_patch with per-patch encrypted values.
    sdk.pe.os = types.SimpleNamespace(urandom=NonceSource("events"))
    events = []
    for name, case, value in [
        ("event: json, full", {"encryption": {"mode": "full", "mainKey": "main"}}, {"progress": 0.5, "text": UNICODE}),
        (
            "event: json, compressed + full (offloading configured but never used)",
            {
                "encryption": {"mode": "full", "mainKey": "main"},
                "compression": {"minSizeBytes": 64},
                "offloading": {"minSizeBytes": 1, "namespace": "ns"},
            },
            {"long": " ".join(["event"] * 200)},
        ),
    ]:
        encoder = make_encoder(sdk, case)
        data, options = await encoder.encode_event_payload_content(sdk.pe.to_json(value))
        payload = {"type": "json", "value": base64.b64encode(data).decode(), "encoding_options": [o.value for o in options]}
        events.append({"name": name, "config": case, "payload": payload, "decoded": await encoder.decode_event_payload(payload)})
    encoder = make_encoder(sdk, {"encryption": {"mode": "partial", "mainKey": "main"}})
    patch_value = {"type": "__encrypted__", "value": base64.b64encode(encoder._encrypt(json.dumps("secret ✓").encode())).decode()}
    payload = {
        "type": "json_patch",
        "value": [
            {"op": "replace", "path": "/status", "value": "running"},
            {"op": "add", "path": "/secret", "value": patch_value},
            {"op": "append", "path": "/log", "value": "plain line"},
        ],
        "encoding_options": ["encrypted-partial"],
    }
    events.append(
        {
            "name": "event: json_patch with an encrypted patch value",
            "config": {"encryption": {"mode": "partial", "mainKey": "main"}},
            "payload": payload,
            "decoded": await encoder.decode_event_payload(json.loads(json.dumps(payload))),
        }
    )

    document = {
        "about": "Made by packages/encoding/scripts/oracle.py with the official Python SDK's encoder; do not edit.",
        "source": {
            "repository": "mistralai/client-python",
            "commit": commit,
            "path": "src/mistralai/extra/workflows/encoding",
        },
        "python": sys.version.split()[0],
        "libraries": library_versions(),
        "keys": KEYS,
        "vectors": vectors,
        "failures": failures,
        "events": events,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "python-vectors.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(vectors)} vectors, {len(failures)} failures, {len(events)} events to {out / 'python-vectors.json'}")


def library_versions() -> dict[str, str]:
    import cryptography
    import msgpack
    import pydantic
    import zstandard

    return {
        "pydantic": pydantic.VERSION,
        "cryptography": cryptography.__version__,
        "msgpack": ".".join(map(str, msgpack.version)),
        "zstandard": zstandard.__version__,
        "libzstd": ".".join(map(str, zstandard.ZSTD_VERSION)),
    }


# ---------------------------------------------------------------------------------------------------
# decode: the Python encoder decodes what TypeScript made.
# ---------------------------------------------------------------------------------------------------


def expected_of(item: dict[str, Any]) -> Any:
    if "expectedSha256" in item:
        return None
    return item["expected"]


async def decode_typescript(sdk: types.SimpleNamespace, document: dict[str, Any]) -> list[dict[str, Any]]:
    use_file_store(sdk, Path(document["blobDir"]))
    keys = document["keys"]
    global KEYS
    KEYS = {**KEYS, **keys}
    results = []
    for item in document["payloads"]:
        decoder = make_encoder(sdk, item["decodeWith"])
        row: dict[str, Any] = {"name": item["name"]}
        try:
            if item.get("kind") == "event":
                decoded = await decoder.decode_event_payload(item["encoded"])
                ok = decoded == item["expected"]
            else:
                decoded = await decoder.decode_network_result(item["encoded"])
                if "expectedSha256" in item:
                    digest = hashlib.sha256(sdk.pe.to_json(decoded)).hexdigest()
                    ok = digest == item["expectedSha256"]
                else:
                    ok = decoded == item["expected"]
            row["result"] = "decoded" if ok else "MISMATCH"
        except Exception as exc:
            row["result"] = f"error {error_name(exc)}"
            ok = item.get("expectError", False)
        if item.get("expectError"):
            ok = row["result"].startswith("error")
        row["ok"] = bool(ok)
        results.append(row)
    return results


# ---------------------------------------------------------------------------------------------------
# primitives: the same checks with the SDK's libraries only (for CI, where the SDK source is absent).
# ---------------------------------------------------------------------------------------------------


def decode_with_primitives(payload: dict[str, Any], config: dict[str, Any], blob_dir: Path, keys: dict[str, str]) -> Any:
    import msgpack
    import zstandard
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    enc = config.get("encryption", {})
    aes = [AESGCM(bytes.fromhex(keys[enc[k]])) for k in ("mainKey", "secondaryKey") if enc.get(k)]

    def decrypt(data: bytes) -> bytes:
        for key in aes:
            try:
                return key.decrypt(data[:12], data[12:], None)
            except InvalidTag:
                pass
        raise ValueError("decryption failed")

    def walk_markers(obj: Any) -> list[dict[str, Any]]:
        if isinstance(obj, dict):
            if obj.get("field_type") == "__encrypted_str__":
                return [obj]
            return [m for v in obj.values() if isinstance(v, (dict, list)) for m in walk_markers(v)]
        if isinstance(obj, list):
            return [m for v in obj for m in walk_markers(v)]
        return []

    data = base64.b64decode(payload["b64payload"])
    for option in reversed(payload.get("encoding_options", [])):
        if option == "encrypted":
            data = decrypt(data)
        elif option == "compressed":
            envelope = msgpack.unpackb(data, raw=False)
            assert list(envelope) == ["compression", "payload"], "envelope keys"
            assert envelope["compression"]["algorithm"] == "zstd"
            assert 1 <= envelope["compression"]["level"] <= 22
            # The SDK's decompressor: one-shot, which needs the content size in the frame header.
            data = zstandard.ZstdDecompressor().decompress(envelope["payload"])
        elif option == "offloaded":
            key = json.loads(data)["key"]
            assert data == json.dumps({"key": key}, separators=(",", ":")).encode(), "reference bytes"
            blob = blob_path(blob_dir, key).read_bytes()
            assert key.endswith("sha256:" + hashlib.sha256(blob).hexdigest()), "key hash"
            data = blob
        elif option == "encrypted-partial":
            obj = json.loads(data)
            for marker in walk_markers(obj):
                marker["data"] = decrypt(base64.b64decode(marker["data"])).decode()
            data = json.dumps(obj).encode()
        else:
            raise ValueError(f"unknown option {option}")
    return json.loads(data)


def check_primitives(document: dict[str, Any]) -> list[dict[str, Any]]:
    keys = {**KEYS, **document["keys"]}
    results = []
    for item in document["payloads"]:
        row: dict[str, Any] = {"name": item["name"]}
        try:
            if item.get("kind") == "event" and isinstance(item["encoded"]["value"], list):
                # A partially encrypted json_patch: each {"type": "__encrypted__"} value is nonce || AES-GCM(JSON).
                from cryptography.hazmat.primitives.ciphers.aead import AESGCM

                event = item["encoded"]
                key = AESGCM(bytes.fromhex(keys[item["decodeWith"]["encryption"]["mainKey"]]))
                patches = []
                for patch in event["value"]:
                    value = patch.get("value")
                    if isinstance(value, dict) and value.get("type") == "__encrypted__":
                        sealed = base64.b64decode(value["value"])
                        value = json.loads(key.decrypt(sealed[:12], sealed[12:], None))
                    patches.append({**patch, "value": value})
                decoded = {"type": event["type"], "value": patches, "encoding_options": []}
                ok = decoded == item["expected"]
            elif item.get("kind") == "event":
                event = item["encoded"]
                value = decode_with_primitives(
                    {"b64payload": event["value"], "encoding_options": event["encoding_options"]},
                    item["decodeWith"],
                    Path(document["blobDir"]),
                    keys,
                )
                decoded = {"type": event["type"], "value": value, "encoding_options": []}
                ok = decoded == item["expected"]
            elif "expectedSha256" in item:
                decoded = decode_with_primitives(item["encoded"], item["decodeWith"], Path(document["blobDir"]), keys)
                text = json.dumps(decoded, separators=(",", ":"), ensure_ascii=False).encode()
                ok = hashlib.sha256(text).hexdigest() == item["expectedSha256"]
            else:
                decoded = decode_with_primitives(item["encoded"], item["decodeWith"], Path(document["blobDir"]), keys)
                ok = decoded == item["expected"]
            row["result"] = "decoded" if ok else "MISMATCH"
        except Exception as exc:
            row["result"] = f"error {error_name(exc)}"
            ok = False
        if item.get("expectError"):
            ok = row["result"].startswith("error")
        row["ok"] = bool(ok)
        results.append(row)
    return results


def write_report(path: Path | None, mode: str, results: list[dict[str, Any]], extra: dict[str, Any]) -> None:
    report = {
        "mode": mode,
        **extra,
        "python": sys.version.split()[0],
        "libraries": library_versions(),
        "passed": sum(r["ok"] for r in results),
        "failed": sum(not r["ok"] for r in results),
        "results": results,
    }
    text = json.dumps(report, indent=1, ensure_ascii=False) + "\n"
    if path:
        path.write_text(text)
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["vectors", "decode", "primitives"])
    parser.add_argument("--sdk", type=Path, help="client-python work tree (with src/mistralai/extra/workflows/encoding)")
    parser.add_argument("--commit", default="unknown", help="the commit the work tree was taken from")
    parser.add_argument("--out", type=Path, default=VECTORS_DIR)
    parser.add_argument("--input", type=Path, help="payloads made by TypeScript (JSON)")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()

    if args.mode == "primitives":
        results = check_primitives(json.loads(args.input.read_text()))
        write_report(args.report, "primitives", results, {})
    else:
        if not args.sdk:
            parser.error("--sdk is required for " + args.mode)
        sdk = load_sdk(args.sdk)
        if args.mode == "vectors":
            asyncio.run(make_vectors(sdk, args.commit, args.out))
            return
        document = json.loads(args.input.read_text())
        results = asyncio.run(decode_typescript(sdk, document))
        write_report(args.report, "decode", results, {"sdkCommit": args.commit})
    sys.exit(0 if all(r["ok"] for r in results) else 1)


if __name__ == "__main__":
    main()
