"""The run machinery: worker processes, the executor of the per-article map, time budgets."""
