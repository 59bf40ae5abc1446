"""Text tables line up in a terminal whatever the script (a Han character takes two columns), and
output that goes to a file or a pipe keeps every row whole."""
from __future__ import annotations

import io

from rdflib import Literal
from rich.cells import cell_len

from policykg.cli.terminal import FULL_WIDTH, output_console, section
from policykg.queries.formatting import format_result
from policykg.queries.runner import QueryResult

ROWS = (
    (Literal("苏州青禾智联科技有限公司"), Literal("我们会收集您的手机号码。")),
    (Literal("Lanternfield Maps Ltd"), Literal("We collect your email address.")),
    (Literal("ООО «Кедровая Лавка»"), Literal("Мы собираем ваш адрес.")),
)


def _starts_of_second_column(text: str) -> set[int]:
    lines = [line for line in text.splitlines()[2:] if not line.startswith("(")]
    starts = set()
    for line in lines:
        head = line.split("  ")[0]
        rest = line[len(head):]
        starts.add(cell_len(head) + (len(rest) - len(rest.lstrip(" "))))
    return starts


def test_columns_align_in_terminal_cells_with_chinese_text():
    text = format_result(QueryResult(("company", "quote"), ROWS), fmt="table")
    assert len(_starts_of_second_column(text)) == 1, text
    header = text.splitlines()[0]
    assert header.index("quote") == cell_len("苏州青禾智联科技有限公司") + 2


def test_clipping_counts_cells_and_none_keeps_whole_rows():
    long_quote = "我们" * 60  # 120 cells
    result = QueryResult(("quote",), ((Literal(long_quote),),))
    clipped = format_result(result, fmt="table", max_cell=60).splitlines()[2]
    assert cell_len(clipped) <= 60 and clipped.endswith("…")
    whole = format_result(result, fmt="table", max_cell=None).splitlines()[2]
    assert whole == long_quote


def test_consoles_off_a_terminal_never_wrap():
    console = output_console()
    assert console.width == FULL_WIDTH  # pytest captures stdout: not a terminal
    buffer = io.StringIO()
    console.file = buffer
    row = "苏州青禾智联科技有限公司 " + "x" * 300
    console.print(row, markup=False, highlight=False)
    section(console, "next")
    lines = buffer.getvalue().splitlines()
    assert lines[0] == row and cell_len(lines[1]) <= 80
