"""RawArticle → Cleaned: remove page furniture, repair the text, keep an audit trail.

Scraped articles arrive as Markdown-ish text: whatever a person copied or a converter
(html2text and the like) produced from a page, with the page's navigation, consent walls,
share rows, teasers and trailers still in it. The cleaner works from general evidence,
not from the phrases of any one site:

1. **Repair first.** Blocks are cut at blank lines; a block that stops mid-sentence and a
   next block that continues it are rejoined (also when a `[link](#)` straddles the
   break), so that the halves are judged as the paragraph they are.
2. **Describe every block**: link density (`[text](#)` marks link text), words, share of
   stop words in the article's language, sentence punctuation, list and heading markup,
   repetition inside the page and across the corpus, and a furniture vocabulary (cookies,
   newsletters, sharing, …) that only backs up the shape evidence.
3. **Find the article body** as the contiguous run of blocks with the highest score
   (prose counts for it, link lists and furniture against it), like justext's context
   smoothing but one global decision, so a menu that happens to be long cannot win.
   Prose that is not the article is cut from its end by its shape: a run of three or
   more repeated cards (comments: "name says:" / date / text; teasers: linked headline
   / author / date / excerpt) and an "About <name>" line over a bio.
4. **Keep the header** (title, dek, byline, dateline, caption) just before the body for
   the metadata stage, and remove furniture *inside* the body block by block (link
   lists, photo captions ending on their credit, runs of gallery controls, section labels).
5. **Deduplicate**: a paragraph repeated in the page (also with small edits) keeps the
   fuller copy; a pull quote that repeats the body goes. Near-duplicates are found
   through an index of word 3-grams, so only blocks that share some are compared.

Every block not kept is returned in `Cleaned.removed` with its text and a reason, in
source order; kept and removed blocks are numbered together (`b1`, `b2`, …, see
`from_text.source_ids`) so the metadata stage can keep that order. Cleaning prefers keeping a
little furniture to losing a sentence of the article.

Speed: the cleaner runs on every article of a corpus, so each block is parsed once into
`blocks.Block` (plain text, lower-case words, key), furniture patterns run only when their
trigger words could reach a decision, and menu lines (`[Home](#)`) take a fast path.

The package, in pipeline order: `inline` (characters, inline markup), `profiles` (language
and stop words), `blocks` (the block model), `repair` (broken paragraphs), `header`
(byline, dateline, caption readers), `furniture` (furniture words and shapes), `classify`
(classes, values, the body run), `body` (header and body bounds), `cuts` (card runs and
author bios at the body's end), `own_content` and `own_evidence` (the article's own tables
and lists, kept where their position or shape alone removed them), `reasons` (removal
reasons), `duplicates` (repeats across the corpus and inside a page), `from_text` (the text path), `html_titles` and `from_html` (the
HTML path: trafilatura finds the body, which then takes the text path), `stage` (the entry
that chooses the path). Words live in `generator/lang/<code>/`
(`clean.json`, and English line shapes in `clean_patterns.tsv`, `furniture_kinds.tsv`),
read by `vocab`.
"""

from __future__ import annotations

from .blocks import split_blocks
from .duplicates import repeated_blocks
from .from_text import clean_text
from .header import (
    header_furniture,
    is_caption,
    looks_like_byline,
    looks_like_dateline,
    opens_with_dateline,
)
from .inline import normalize_chars
from .profiles import article_language
from .repair import rejoin_broken
from .stage import clean

__all__ = [
    "article_language",
    "clean",
    "clean_text",
    "header_furniture",
    "is_caption",
    "looks_like_byline",
    "looks_like_dateline",
    "normalize_chars",
    "opens_with_dateline",
    "rejoin_broken",
    "repeated_blocks",
    "split_blocks",
]
