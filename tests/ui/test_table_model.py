from __future__ import annotations

from judgepanel.ui.table_model import Column, RowTableModel


def test_row_table_model_passes_the_model_tester(qtmodeltester) -> None:
    model: RowTableModel[tuple[str, int]] = RowTableModel([
        Column(lambda: "Name", lambda r: r[0]),
        Column(lambda: "Score", lambda r: r[1], align_right=True),
    ])
    qtmodeltester.check(model)
    model.set_rows([("a", 1), ("b", 2), ("c", 3)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "2"
    model.set_rows([])
    qtmodeltester.check(model)
