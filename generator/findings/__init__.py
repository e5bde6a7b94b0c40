"""What the briefing as a whole says, found across articles after linking.

`keypoints` (five to ten of the sources' own sentences), `claims` (who claims or denies
what), `contradictions` (claims set against each other), `figures` and `figure_subjects`
(numbers and whether two count the same thing), `date_divergences` (one event given two
dates), `divergences` (all three side by side), `history` (what changed since the previous
build). Each reads a linked `Briefing` and returns frozen values for `render`; none writes.
"""
