"""One capitalised sequence split into typed names: titles stripped, connectors cut, cues asked."""

from __future__ import annotations

from ..models import ORGANISATION, PERSON, STATE
from .ampersand_names import ampersand_name
from .context import (
    GUESSED_PERSON,
    Context,
    emit,
    emit_entry,
    leader_next,
    locative_before,
    lookup,
    surface,
)
from .cues import (
    after_town,
    camel_case,
    given_before_surname,
    known_compound,
    looks_like_name_start,
    member_of_known,
    org_kind,
    person_cue,
    roman,
    starts_name,
)
from .employers import employer_before
from .lexicon import (
    Entry,
    everyday_acronyms,
    fold,
    head_words,
    modifiers,
    org_words,
    stopwords,
    title_words,
    titles,
    us_state_codes,
)
from .names import first_names
from .org_names import inside_name, joined_common_nouns, org_before_title, region_in_name
from .source_words import quoted_source, source_before
from .tokens import sentence_start
from .vocabulary import common_word
from .words import CONNECTORS, CORPORATE, PLACE_PREPOSITIONS


def sequence(ctx: Context, i: int, j: int) -> None:
    """Type the capitalised sequence [i, j): whole, trimmed, split, or after its title."""
    entry = lookup(ctx, i, j)
    if entry is not None:
        emit_entry(ctx, i, j, entry)
        return
    i, j = _trim(ctx, i, j)
    if i >= j or j - i == 1 and known_compound(ctx, ctx.tokens[i]):
        return
    joined = ampersand_name(ctx, i, j)
    if joined is not None:
        if i < joined[0]:
            sequence(ctx, i, joined[0])  # "CTIA and Ernst & Young"
        return
    if _split_two(ctx, i, j):
        return
    entry = lookup(ctx, i, j)
    if entry is not None:
        emit_entry(ctx, i, j, entry)
        return
    if _split_place(ctx, i, j):
        return
    title, title_start, i = strip_title(ctx, i, j)
    if i >= j:
        return
    _after_title(ctx, i, j, title, title_start)


def _trim(ctx: Context, i: int, j: int) -> tuple[int, int]:
    """[i, j) without leading sentence words and trailing stopwords or lower-case words."""
    tokens = ctx.tokens
    # Leading sentence words ("Despite Russia"), and calendar words anywhere at the ends.
    while i < j and fold(tokens[i].text) in stopwords() and not starts_name(ctx, i, j):
        if given_before_surname(ctx, i, j):
            break  # "Will Moy, chief executive": a given name, not the modal
        if (
            fold(tokens[i].text) in modifiers()
            and (org_kind(ctx, i, j) is not None or org_before_title(ctx, i, j) is not None)
            and lookup(ctx, i + 1, j) is None
        ):
            break
        if tokens[i].kind == "acro" and lookup(ctx, i, i + 1) is not None:
            break
        if fold(tokens[j - 1].text) in CORPORATE and j - i >= 3:
            break  # "First Union Corp.": a company's name may begin with any word
        if inside_name(ctx, i, j):
            break  # "the World Boxing Council": a capital inside a sentence is the name's
        i += 1
        while i < j and tokens[i].kind in ("low", "punct", "poss"):
            i += 1
    while j > i and (
        fold(tokens[j - 1].text) in stopwords()
        and tokens[j - 1].kind == "cap"
        and not _regnal_one(ctx, i, j)
        or tokens[j - 1].kind in ("low", "punct", "poss")
    ):
        j -= 1  # "the Security Council on Monday" → "Security Council"
    return i, j


def _regnal_one(ctx: Context, i: int, j: int) -> bool:
    """ "Queen Elizabeth I": after a title and a name, "I" is a numeral, not the pronoun."""
    tokens = ctx.tokens
    return tokens[j - 1].text == "I" and j - i >= 3 and fold(tokens[i].text) in titles()


def _split_two(ctx: Context, i: int, j: int) -> bool:
    """ "West Bank and Gaza", "Acme Corp and Lear Inc": two names, not one."""
    tokens = ctx.tokens
    for k in range(i + 1, j - 1):
        if tokens[k].text in ("and", "&") and (
            lookup(ctx, i, k) is not None
            and lookup(ctx, i, k).label != PERSON
            or fold(tokens[k - 1].text) in CORPORATE
        ):
            sequence(ctx, i, k)
            sequence(ctx, k + 1, j)
            return True
    return False


def _split_place(ctx: Context, i: int, j: int) -> bool:
    """ "Institute for Security Studies in Addis Ababa": the place is not in the name."""
    tokens = ctx.tokens
    for k in range(i + 2, j - 1):
        if tokens[k].text == "in" and tokens[k].kind == "low":
            place = lookup(ctx, k + 1, j)
            if (
                place is not None
                and place.label in ("place", "capital", STATE)
                and not region_in_name(place)
            ):
                sequence(ctx, i, k)
                emit_entry(ctx, k + 1, j, place)
                return True
    return False


def _after_title(ctx: Context, i: int, j: int, title: str | None, title_start: int | None) -> None:
    """The sequence after its title: an office, an organisation, a person and their
    organisation, or chunks between connectors."""
    tokens = ctx.tokens
    head = head_words().get(fold(tokens[j - 1].text))
    if head is not None and j - i >= 2 and org_kind(ctx, i, j - 1) is None:
        if head == "place":
            emit(ctx, i, j, "place", cue="head-word")
        return
    kind = org_kind(ctx, i, j)
    cut = next(
        (k for k in range(i + 1, j) if tokens[k].kind == "low" and tokens[k].text in CONNECTORS),
        None,
    )
    if (
        kind is not None
        and cut == i + 1
        and sentence_start(tokens, i)
        and lookup(ctx, i, cut) is None
        and fold(tokens[i].text) not in first_names()
        and fold(tokens[i].text) not in org_words()  # "Organization of American States"
    ):
        a = cut + 1
        while a < j and tokens[a].kind == "low":
            a += 1
        sequence(ctx, a, j)
        return
    if (
        kind is not None
        and cut is not None
        and org_kind(ctx, i, cut) is None
        and lookup(ctx, i, cut) is None
        and (person_cue(ctx, i, cut, title) is not None or member_of_known(ctx, i, cut, j))
    ):
        chunk(ctx, i, cut, title, title_start)
        a = cut + 1
        while a < j and tokens[a].kind == "low":
            a += 1
        sequence(ctx, a, j)
        return
    if kind is not None:
        emit(ctx, i, j, kind, cue="org-word")
        return
    if title is None and joined_common_nouns(ctx, i, j):
        emit(ctx, i, j, ORGANISATION, cue="org-word")
        return
    for n, (a, b) in enumerate(split_connectors(ctx, i, j)):
        if n:  # "… Hulusi Akar and UN Secretary-General António Guterres"
            title, title_start, a = strip_title(ctx, a, b)
            if a >= b:
                continue
        chunk(ctx, a, b, title, title_start)
        title, title_start = None, None


def strip_title(ctx: Context, i: int, j: int) -> tuple[str | None, int | None, int]:
    """Strip `[organisation] [qualifier] Title [for|of X]` before a name; the organisation
    and qualifiers become spans."""
    org_end = org_before_title(ctx, i, j)
    if org_end is None:
        return _strip_title(ctx, i, j)
    emit(ctx, i, org_end, org_kind(ctx, i, org_end) or ORGANISATION, cue="org-word")
    return _strip_title(ctx, org_end, j)


def _strip_title(ctx: Context, i: int, j: int) -> tuple[str | None, int | None, int]:
    """Strip `[qualifier] Title [for|of X]` before a name; qualifiers become spans."""
    tokens = ctx.tokens
    k = i
    qualifier: tuple[int, int, Entry] | None = None
    for m in range(min(j - 1, i + 4), i, -1):
        entry = lookup(ctx, i, m)
        if entry is not None and entry.label not in ("place", PERSON):
            qualifier = (i, m, entry)
            k = m
            break
    best, title_at = _title_end(ctx, k, j)
    if not best or tokens[best].kind == "poss" or tokens[best - 1].kind == "poss":
        return None, None, i
    m = best
    while True:  # stacked titles: "Supreme Leader Ayatollah Ali Khamenei" is Ali Khamenei
        more, at = _title_end(ctx, m, j)
        if not more or at != m or tokens[more - 1].kind == "poss":
            break
        m = more
    the = 1 if m + 2 < j and tokens[m + 1].text == "the" else 0
    complement = (
        m + 1 + the < j
        and tokens[m].text.lower() in ("for", "of", "on")
        and tokens[m + 1 + the].kind in ("cap", "acro")
    )
    if complement:
        m += the
        end = m + 1
        while end < j and not looks_like_name_start(ctx, end, j):
            end += 1
        if end >= j:
            end = m + 2
        for stop in range(end, m + 1, -1):
            entry = lookup(ctx, m + 1, stop)
            if entry is not None:
                emit_entry(ctx, m + 1, stop, entry)
                m = stop
                break
        else:
            m = end if end < j else m
    if (
        m >= j
        or j - m == 1
        and (fold(tokens[m].text) in org_words() or fold(tokens[m].text) in head_words())
        or complement
        and j - m == 1
        and common_word(tokens[m].text)
    ):
        # "the Justice Department", "High Commissioner for Human Rights", "VP of Platform
        # Engineering" (an everyday word left after "of"): an office, no name
        return None, None, i
    if qualifier is not None:
        emit_entry(ctx, *qualifier)
    for q in range(k, title_at):
        word = tokens[q].text
        if tokens[q].kind == "acro" and fold(word) not in everyday_acronyms():
            emit(ctx, q, q + 1, ORGANISATION, cue="acronym")  # the CIA of "CIA Director"
    start = tokens[i].start
    return ctx.text[start : tokens[m - 1].end], start, m


def _title_end(ctx: Context, k: int, j: int) -> tuple[int, int]:
    """(end, start) of the title after token k, or (0, 0).

    The title may follow up to two capitalised words that only qualify it ("Airport
    Director", "Financial Secretary"); they become part of the role, not of the name.
    """
    tokens = ctx.tokens
    best = title_at = 0
    for start in range(k, min(k + 3, j - 1)):
        if start > k and (
            tokens[start - 1].kind not in ("cap", "acro")  # "CIA Director William Burns"
            or fold(tokens[start - 1].text) in first_names()
        ):
            break
        for m in range(min(j - 1, start + 5), start, -1):
            title = fold(surface(ctx, start, m))
            if title in titles() or title[-1:] == "s" and title[:-1] in titles():
                best, title_at = m, start  # "Presidents X of Ukraine and Boris Yeltsin"
                break
        if best:
            break
    return best, title_at


def split_connectors(ctx: Context, i: int, j: int) -> list[tuple[int, int]]:
    """Cut a sequence at connectors that do not sit inside an organisation's name."""
    parts = []
    a = i
    for k in range(i, j):
        token = ctx.tokens[k]
        if token.kind in ("low", "punct") and (
            token.text.lower() in CONNECTORS or token.text == "&"
        ):
            if a < k:
                parts.append((a, k))
            a = k + 1
    if a < j:
        parts.append((a, j))
    out = []
    for a, b in parts:
        while a < b and ctx.tokens[a].kind == "low":
            a += 1
        if a < b:
            out.append((a, b))
    return out


def chunk(ctx: Context, i: int, j: int, title: str | None, title_start: int | None) -> None:
    """Classify a connector-free stretch: gazetteer hits inside, else a person or undecided."""
    entry = lookup(ctx, i, j)
    if entry is not None and not (title is not None and entry.label == "place"):
        emit_entry(ctx, i, j, entry)  # "Queen Elizabeth" holds a title: no town of Elizabeth
        return
    kind = org_kind(ctx, i, j)
    if kind is not None:
        emit(ctx, i, j, kind, cue="org-word")
        return
    cue = person_cue(ctx, i, j, title)
    if cue in (GUESSED_PERSON, None) and j - i >= 2 and employer_before(ctx, i):
        emit(ctx, i, j, ORGANISATION, cue="employer")  # "strategist at Miller Tabak"
        return
    if cue in (GUESSED_PERSON, None) and j - i >= 2 and source_before(ctx, i, j):
        emit(ctx, i, j, ORGANISATION, cue="source")  # "according to Coresight Research"
        return
    if (
        cue in ("given-name", GUESSED_PERSON, "said")
        and j - i >= 2
        and i > 0
        and ctx.tokens[i - 1].text in PLACE_PREPOSITIONS
    ):
        emit(ctx, i, j, "place", cue="locative")
        return
    if cue is not None:
        emit(ctx, i, j, PERSON, cue=cue, title=title, title_start=title_start)
        return
    # Gazetteer hits inside, longest first from the left; the gaps are classified again.
    k = i
    gap_start = i
    found = False
    while k < j:
        for m in range(min(j, k + 6), k, -1):
            entry = lookup(ctx, k, m)
            if entry is not None and not (m - k == 1 and ctx.tokens[k].kind == "init"):
                if gap_start < k:
                    rest(ctx, gap_start, k)
                emit_entry(ctx, k, m, entry)
                k = gap_start = m
                found = True
                break
        else:
            k += 1
    if not found:
        rest(ctx, i, j)
    elif gap_start < j:
        rest(ctx, gap_start, j)


def rest(ctx: Context, i: int, j: int) -> None:
    """A stretch with no lexicon hit: a person by cue, a multi-word default, or undecided."""
    tokens = ctx.tokens
    while i < j and (
        tokens[i].kind in ("low", "punct", "poss") or fold(tokens[i].text) in stopwords()
    ):
        i += 1
    if i >= j:
        return
    n = j - i
    cue = person_cue(ctx, i, j, None)
    if (
        cue in ("given-name", GUESSED_PERSON, None)
        and n >= 2
        and i > 0
        and tokens[i - 1].text in PLACE_PREPOSITIONS
        and all(tokens[k].kind == "cap" for k in range(i, j))
    ):
        emit(ctx, i, j, "place", cue="locative")
        return
    if cue is not None:
        emit(ctx, i, j, PERSON, cue=cue)
        return
    if n == 1:
        _single(ctx, i)
        return
    if all(tokens[k].kind == "acro" for k in range(i, j)):
        return
    if n <= 4 and not any(
        fold(tokens[k].text) in stopwords()
        or camel_case(tokens[k].text)
        or fold(tokens[k].text) in title_words()
        or fold(tokens[k].text) in head_words()
        or tokens[k].kind != "cap"
        for k in range(i, j)
    ):
        if locative_before(ctx, i):
            emit(ctx, i, j, "place", cue="locative")
        else:
            emit(ctx, i, j, PERSON, cue=GUESSED_PERSON)


def _single(ctx: Context, i: int) -> None:
    """One capitalised token with no lexicon hit and no person cue."""
    tokens = ctx.tokens
    j = i + 1
    if (
        tokens[i].text.replace(".", "") in us_state_codes()  # "NY", "N.Y."
        and (after_town(ctx, i) or locative_before(ctx, i))
    ):
        emit(ctx, i, j, "place", cue="us-state")  # "Cleveland, OH"
        return
    if (
        tokens[i].kind == "acro"
        and 2 <= len(tokens[i].text) <= 6
        and not (
            fold(tokens[i].text) in stopwords()
            or fold(tokens[i].text) in everyday_acronyms()
            or roman(tokens[i].text)
        )
    ):
        emit(ctx, i, j, ORGANISATION, cue="acronym")
        return
    if tokens[i].kind == "acro":
        return
    if leader_next(ctx, i, j):
        emit(ctx, i, j, PERSON, cue="leader")
        return
    if employer_before(ctx, i):
        emit(ctx, i, j, ORGANISATION, cue="employer")  # "analyst at Costco"
        return
    locative = locative_before(ctx, i)
    source = not locative and quoted_source(ctx, i)
    emit(ctx, i, j, "single", cue="locative" if locative else "source" if source else "")
