"""A name after "<role> at" is where the role is held, an employer, not a place:
"Matt Maley, equity strategist at Miller Tabak", "a portfolio manager at the Tocqueville
Asset Management". The rules read any name after "at" as a place (`context.locative_before`)
and drop one they cannot place; after a role noun (`lang/en/actor_role_nouns.txt`) a name
with no given name in it (`sequence.chunk`: "a guest at Ada Velk" keeps its person) is
an organisation instead.
"""

from __future__ import annotations

from .context import Context
from .lexicon import fold, role_nouns


def employer_before(ctx: Context, i: int) -> bool:
    """Token i starts a name right after "<role noun> at" (or "<role noun> at the")."""
    tokens = ctx.tokens
    k = i - 1
    if k >= 0 and tokens[k].text.lower() == "the":
        k -= 1
    if k < 1 or tokens[k].text.lower() != "at":
        return False
    role = fold(tokens[k - 1].text)
    return role in role_nouns() or role.rstrip("s") in role_nouns()
