"""The suite's markdown tables: field | our parts | peers run here | best peer (README)."""

from __future__ import annotations

TOOL_LABELS = {"ours": "", "trafilatura": "trafilatura ", "htmldate": "htmldate "}


def cell(value: float | int | None, before: float | int | None = None) -> str:
    """A figure (3 decimals, counts whole) with its change against `before` when asked."""
    if value is None:
        return "–"
    text = f"{value:.3f}" if isinstance(value, float) else str(value)
    if before is None or not isinstance(before, int | float):
        return text
    delta = value - before
    if abs(delta) < 0.0005:
        return f"{text} (=)"
    return f"{text} ({delta:+.3f})" if isinstance(value, float) else f"{text} ({delta:+d})"


def _before(before: dict | None, folder: str, tool: str, part: str, field: str):
    try:
        return before["folders"][folder][tool][part][field]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def folder_table(
    folder: str, figures: dict, parts: list[str], peers: dict[str, str], before: dict | None
) -> str:
    """One folder's table; with `before` (a saved `--json` file) each cell shows its change."""
    columns = [(tool, part) for tool in figures for part in parts if part in figures[tool]]
    columns.sort(key=lambda c: (c[0] != "ours", c[0]))
    fields: list[str] = []
    for tool, part in columns:
        fields += [f for f in figures[tool][part] if f not in fields]
    header = [f"{TOOL_LABELS.get(t, t + ' ')}{p}" for t, p in columns]
    lines = [
        f"### {folder}",
        "",
        "| field | " + " | ".join(header) + " | best peer (README) |",
        "|---" * (len(header) + 2) + "|",
    ]
    for field in fields:
        cells = [
            cell(figures[t][p].get(field), _before(before, folder, t, p, field))
            if before
            else cell(figures[t][p].get(field))
            for t, p in columns
        ]
        lines.append(f"| {field} | " + " | ".join(cells) + f" | {peers.get(field, '')} |")
    return "\n".join(lines) + "\n"
