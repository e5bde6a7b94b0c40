"""Hostile input: whatever an article contains, the site gets no markup, script or link from it.

The corpus in fixtures/hostile/ (written for these tests) carries the marker PWNED in every
payload: script and style elements, event handlers, javascript: and data: links, outside
images and frames, forms, MkDocs/pymdown directives (admonitions, attribute lists, snippet
includes), YAML front matter and Jinja syntax. Binary, mis-encoded and huge files are made
by the test. The built site may show the marker as text, never as markup.
"""

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main

from .sitecheck import broken_links, outside_requests

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
DANGEROUS_TAGS = {
    "script",
    "style",
    "iframe",
    "form",
    "input",
    "object",
    "embed",
    "base",
    "meta",
    "link",
    "img",
}


class MarkupFinder(HTMLParser):
    """Records every place where the marker reaches a tag, an attribute or a dangerous element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.violations: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        for name, value in attrs:
            value = value or ""
            plain_link = tag == "a" and name == "href" and value.startswith(("https://", "http://"))
            plain_text = (tag, name) in {("meta", "content"), ("a", "title"), ("img", "alt")}
            if ("PWNED" in value and not (plain_link or plain_text)) or "PWNED" in name:
                self.violations.append(f"<{tag} {name}={value!r}>")
            if name.startswith("on"):
                self.violations.append(f"<{tag} {name}=…> event handler")
            if name in ("href", "src", "action") and value.strip().lower().startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                self.violations.append(f"<{tag} {name}={value!r}>")
        if "admonition" in (dict(attrs).get("class") or "") and "PWNED" in self.get_starttag_text():
            self.violations.append("admonition from article text")

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        inside = [t for t in self.stack if t in DANGEROUS_TAGS or t == "summary"]
        if "PWNED" in data and inside:
            self.violations.append(f"marker inside <{inside[-1]}>: {data[:60]!r}")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = root / "seeds"
    shutil.copytree(FIXTURES, seeds)
    (seeds / "nul.txt").write_bytes(b"Title\n\nText with a NUL \x00 byte PWNED.\n")
    (seeds / "utf16.txt").write_bytes(
        "Talks in Tromsø\n\nNorway and Iceland met in Tromsø on Monday.\n".encode("utf-16")
    )
    (seeds / "latin1.txt").write_bytes(
        "Talks in Tórshavn\n\nThe Faroese délégation met officials on Monday, said Jóannes Olsen, the negotiator who led the team.\n".encode(
            "cp1252"
        )
    )
    (seeds / "long-line.txt").write_text(
        "Endless line\n\n" + "The talks in Oslo went on for hours. " * 6000 + "\n"
    )
    (seeds / "empty.md").write_text("")
    (seeds / "subdir").mkdir()
    (seeds / "subdir" / "outside.txt").symlink_to(Path("/etc/passwd"))
    config = root / "briefing.yml"
    config.write_text("title: Hostile corpus\n")
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--seeds",
            str(seeds),
            "--docs-dir",
            str(root / "docs"),
            "--site-dir",
            str(root / "site"),
            "--config",
            str(config),
        ],
        catch_exceptions=False,
    )
    return root, result


def test_bad_files_are_named_one_line_each_and_the_rest_builds(hostile_build):
    root, result = hostile_build
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "nul.txt: skipped: binary data (contains NUL bytes)" in lines
    assert "empty.md: skipped: empty file" in lines
    assert "subdir/outside.txt: skipped: a link to a file outside the seeds folder" in lines
    assert any(line.startswith("latin1.txt: warning: not UTF-8; read as") for line in lines)
    assert (
        "only-furniture.txt: skipped: no article text found, only page furniture "
        "(removed: cookie banner, newsletter, share row)"
    ) in lines
    assert not any("Traceback" in line for line in lines)
    data = json.loads((root / "docs" / "data" / "briefing.json").read_text())
    ids = {a["id"] for a in data["articles"]}
    assert {"markup", "directives", "page", "utf16", "latin1", "long-line", "same title"} <= ids


def test_no_markup_from_articles_reaches_any_page(hostile_build):
    root, _ = hostile_build
    violations = []
    for page in sorted((root / "site").rglob("*.html")):
        finder = MarkupFinder()
        finder.feed(page.read_text(encoding="utf-8"))
        violations += [f"{page.relative_to(root / 'site')}: {v}" for v in finder.violations]
    assert violations == []


def test_the_marker_is_still_visible_as_text(hostile_build):
    root, _ = hostile_build
    page = (root / "site" / "articles" / "markup.html").read_text(encoding="utf-8")
    assert (
        "on Monday &lt;script&gt;alert(&#x27;" in page
        and "&#x27;)&lt;/script&gt; and agreed" in page
    )
    assert (
        "<title>Talks in Oslo &lt;script&gt;alert(&#x27;PWNED&#x27;)&lt;/script&gt; end early"
        in page
    )


def test_no_local_file_is_included(hostile_build):
    root, _ = hostile_build
    for page in (root / "site").rglob("*.html"):
        assert "root:x:0:0" not in page.read_text(encoding="utf-8")


def test_only_safe_links_survive(hostile_build):
    root, _ = hostile_build
    data = json.loads((root / "docs" / "data" / "briefing.json").read_text())
    hrefs = {
        link["href"]
        for a in data["articles"]
        for p in a["paragraphs"]
        for link in p.get("links", [])
    }
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs)
    assert "https://www.example.org/oslo-talks" in hrefs and "mailto:desk@example.org" in hrefs


def test_front_matter_and_templates_stay_text(hostile_build):
    root, _ = hostile_build
    for path in (root / "docs").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert "{{" not in text and "{%" not in text, path
        assert "--8<--" not in text, path
        head = yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}
        assert set(head) <= {"title", "tags", "description"}, path
        for value in head.values():
            assert all(
                isinstance(v, str) and "<" not in v and '"' not in v
                for v in (value if isinstance(value, list) else [value])
            )


def test_pages_stay_inside_the_output_and_never_collide(hostile_build):
    root, _ = hostile_build
    data = json.loads((root / "docs" / "data" / "briefing.json").read_text())
    pages = [a["page"] for a in data["articles"]] + [a["page"] for a in data["actors"]]
    assert len(pages) == len(set(pages))
    for page in pages:
        resolved = (root / "docs" / page).resolve()
        assert resolved.is_relative_to((root / "docs").resolve()) and resolved.is_file()
        assert page.isascii()


def test_hostile_site_has_no_outside_requests_or_broken_links(hostile_build):
    root, _ = hostile_build
    assert outside_requests(root / "site") == []
    assert broken_links(root / "site") == []
