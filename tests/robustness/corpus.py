"""Builds the bad-input corpus in a temporary folder at test time (nothing binary is committed).

Each ``Case`` is one hostile or odd input with what policykg should do with it: ingest it
(``expect="ok"``) or refuse it with one line that names the file and contains ``words``.
All sample sentences are our own words.
"""
from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from fixtures_docs import make_blank_pdf, make_docx, make_encrypted_pdf, make_text_pdf

GOOD_EN = (
    "Orchid Notes Ltd. privacy notice. We collect your name and email address to answer support requests. "
    "We keep account records for three years. We do not sell personal information to anyone."
)
GOOD_ZH = "我们会收集您的姓名和手机号码，用于为您开通账户。未经您的同意，我们不会向第三方出售您的个人信息。"


@dataclass(frozen=True)
class Case:
    """One corpus file: its name and what ingest must do with it."""

    name: str
    expect: str  # "ok": ingested; "error": one clear line naming the file; "skipped": named with the reason, not read
    words: tuple[str, ...] = ()  # lower-case phrases the error line (or the skip reason) must contain


def tiny_policy(index: int) -> str:
    """A one-sentence policy that differs per index (so every file has its own docid)."""
    return f"Notice number {index}. We collect your email address to send you receipts.\n"


def nested_html(depth: int) -> bytes:
    """A page whose only sentence sits ``depth`` <div> elements deep."""
    return (
        b"<!doctype html><html><head><title>Deep</title></head><body>"
        + b"<div>" * depth
        + f"<p>{GOOD_EN}</p>".encode()
        + b"</div>" * depth
        + b"</body></html>"
    )


def noise(size: int, *, seed: int = 7) -> bytes:
    """Random bytes without NUL: not text in any encoding, yet no NUL shortcut either."""
    rnd = random.Random(seed)
    return b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(1, 256) for _ in range(size))


CASES: tuple[Case, ...] = (
    Case("good-en.txt", "ok"),
    Case("good-zh.html", "ok"),
    Case("empty.txt", "error", ("empty",)),
    Case("binary.txt", "error", ("binary",)),
    Case("noise.txt", "error", ("encoding",)),
    Case("invalid-utf8.txt", "ok"),
    Case("gbk-no-bom.txt", "ok"),
    Case("deep-10k.html", "ok"),
    Case("script-only.html", "error", ("javascript",)),
    Case("scan.pdf", "error", ("no text layer", "ocr")),
    Case("locked.pdf", "error", ("password",)),
    Case("truncated.pdf", "error", ("pdf",)),
    Case("fake.docx", "error", ("docx",)),
    Case("copy-b.txt", "ok"),  # same bytes as good-en.txt under another name
    Case("zip-bomb.docx", "error", ("zip bomb",)),
    Case("broken-xml.docx", "error", ("not a valid docx",)),
    Case("pdf-bomb.pdf", "error", ("decompression bomb",)),
    Case("pipe.txt", "error", ("not a regular file",)),  # a FIFO: reading it would block forever
    Case("zero.txt", "skipped", ("outside the folder", "not followed")),  # a symlink to /dev/zero: never read
)
SPECIAL = ("pipe.txt", "zero.txt")


def build_corpus(folder: Path) -> dict[str, Path]:
    """Write every case of ``CASES`` (and a symlink loop) into ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    text_pdf = make_text_pdf([[GOOD_EN]])
    contents: dict[str, bytes] = {
        "good-en.txt": GOOD_EN.encode(),
        "good-zh.html": f"<html><head><meta charset='utf-8'><title>隐私</title></head><body><p>{GOOD_ZH}</p></body></html>".encode(),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 64,
        "noise.txt": noise(20_000),
        # Mostly English with stray bytes that are not UTF-8: decoded with a fallback, not refused.
        "invalid-utf8.txt": (GOOD_EN + " \xff\xfe \xc3( \x80").encode("latin-1", "replace"),
        "gbk-no-bom.txt": GOOD_ZH.encode("gbk"),
        "deep-10k.html": nested_html(10_000),
        "script-only.html": b"<html><head><script>boot()</script></head><body><div id=root></div><script>render()</script></body></html>",
        "scan.pdf": make_blank_pdf(2),
        "locked.pdf": make_encrypted_pdf(text_pdf, user_password="secret"),
        "truncated.pdf": text_pdf[: len(text_pdf) // 3],
        "fake.docx": b"PK\x03\x04" + b"word/" + b"\x00" * 200,
        "copy-b.txt": GOOD_EN.encode(),
        "zip-bomb.docx": docx_with_body(b" " * 1_048_576, repeat=150),
        "broken-xml.docx": docx_with_body(b"<w:p><w:r><w:t>unclosed", repeat=1),
        "pdf-bomb.pdf": pdf_bomb(120),
    }
    assert set(contents) | set(SPECIAL) == {case.name for case in CASES}, "corpus.py: CASES and contents disagree"
    paths: dict[str, Path] = {}
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    paths.update({name: folder / name for name in SPECIAL})
    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    (loop / "back").symlink_to(folder, target_is_directory=True)  # folder/loop/back -> folder
    (loop / "self").symlink_to(loop, target_is_directory=True)
    return paths


def docx_with_body(filler: bytes, *, repeat: int) -> bytes:
    """A real DOCX whose word/document.xml gets ``filler`` x ``repeat`` inside <w:body>, streamed into the zip."""
    source = zipfile.ZipFile(io.BytesIO(make_docx([("Normal", GOOD_EN)])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename != "word/document.xml":
                package.writestr(item.filename, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with package.open(item.filename, "w", force_zip64=True) as member:
                member.write(head + b"<w:body>")
                for _ in range(repeat):
                    member.write(filler)
                member.write(tail)
    return out.getvalue()


def pdf_bomb(unpacked_mib: int) -> bytes:
    """A tiny one-page PDF whose content stream inflates to ``unpacked_mib`` MiB (compressed in chunks)."""
    packer = zlib.compressobj(9)
    parts = [packer.compress(b"BT /F1 12 Tf 72 720 Td (" + GOOD_EN[:60].encode() + b") Tj ET\n")]
    blank = b" " * 1_048_576
    parts += [packer.compress(blank) for _ in range(unpacked_mib)]
    stream = b"".join(parts) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file of the numbered ``objects`` (object 1 the catalog) with its cross-reference table."""
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def write_large_text(path: Path, mebibytes: int,
                     line: bytes = b"We collect your email address for support and never sell it to third parties.\n") -> int:
    """A plain-text file of about ``mebibytes`` MiB of ``line`` repeated, written in a few big chunks; returns its size."""
    chunk = line * (1_048_576 // len(line) + 1)
    with path.open("wb") as out:
        for _ in range(mebibytes):
            out.write(chunk)
    return path.stat().st_size


def write_tiny_files(folder: Path, count: int) -> list[Path]:
    """``count`` one-sentence policies, each with its own bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"tiny-{index:05d}.txt"
        with open(path, "w", encoding="utf-8") as out:
            out.write(tiny_policy(index))
        paths.append(path)
    return paths


def open_to_nobody(path: Path, *, stop_at: Path) -> None:
    """Let user nobody traverse every folder from ``path`` up to (not including) ``stop_at``."""
    for folder in (path, *path.parents):
        if folder == stop_at or folder == Path("/"):
            break
        folder.chmod(folder.stat().st_mode | 0o711)


def running_as_root() -> bool:
    return os.geteuid() == 0


# --- documents that cost time or memory out of proportion to their size (issue 19, item 6) ------

def nested_tags(tag: str, depth: int) -> bytes:
    """A page whose one sentence sits inside ``depth`` nested <tag> elements (quadratic for a tree builder)."""
    return (
        b"<!doctype html><html><head><title>Deep</title></head><body>"
        + f"<{tag}>".encode() * depth + f"<p>{GOOD_EN}</p>".encode() + f"</{tag}>".encode() * depth
        + b"</body></html>"
    )


def write_one_line_text(path: Path, mebibytes: int) -> int:
    """One line of ``mebibytes`` MiB: clauses joined by commas, no sentence or line end anywhere."""
    return write_large_text(path, mebibytes, b"we collect your email address for support and never sell it to third parties, ")


def page_tree_bomb(levels: int) -> bytes:
    """A PDF of ~2 KB whose /Pages nodes each list the same child twice: 2**levels pages once expanded."""
    content = f"BT /F1 12 Tf 72 720 Td ({GOOD_EN[:60]}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        child = 3 + level
        objects.append(b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count %d >>" % (child, child, 2 ** (levels - level)))
    page = 2 + levels
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                   b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2))
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_from_objects(objects)


def docx_paragraph_bomb(paragraphs: int) -> bytes:
    """A real DOCX (~100 KB for 600,000) whose body holds ``paragraphs`` one-letter paragraphs."""
    return docx_with_body(b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", repeat=paragraphs)
