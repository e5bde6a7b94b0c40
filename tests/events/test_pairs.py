"""Which events merging compares: bounded per date within an article, only across articles
through shared keys; joins refused when one article would get two dates in a group."""

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from generator.events.pairs import cross_article_pairs, join_groups, same_article_pairs


def test_one_articles_clauses_of_one_date_are_compared_within_a_window_in_a_long_run():
    dates = ["2021-06-14"] * 1000 + ["2021-06-15"] * 3
    articles = ["a"] * 1003
    pairs = same_article_pairs(dates, articles, every=999, window=10)
    assert len(pairs) == sum(min(10, 999 - i) for i in range(1000)) + 3
    assert (0, 10) in pairs and (0, 11) not in pairs
    assert not any(i < 1000 <= j for i, j in pairs)  # never across dates


def test_a_run_up_to_the_bound_compares_every_pair():
    dates = ["2021", "2021", "2021-06", "2021", "2021"]
    articles = ["a", "a", "a", "b", "a"]
    assert sorted(same_article_pairs(dates, articles, every=3, window=1)) == [
        (0, 1),
        (0, 4),
        (1, 4),
    ]


def test_across_articles_pairs_need_a_shared_key_and_compatible_dates():
    dates = ["2021-06-01", "2021-06-20", "2021-07-01", "2021", "2021-06-01", "2021-06"]
    articles = ["a", "b", "b", "c", "a", "d"]
    keys = [{"talks"}, {"talks"}, {"talks"}, {"vote", "talks"}, {"vote"}, {"talks"}]
    # two days of June (0, 1) are never one event; June holds both (0–5, 1–5), not July
    assert cross_article_pairs(dates, articles, keys) == {
        (0, 3),
        (1, 3),
        (2, 3),
        (3, 4),
        (0, 5),
        (1, 5),
        (3, 5),
    }


def test_a_join_giving_one_article_two_dates_in_a_group_is_refused():
    dates = ["2021-06-01", "2021-06-01", "2021-06-02", "2021-06"]
    articles = ["a", "b", "a", "b"]
    # 0–1 join; 1–2 would give article a two dates; 2–3 join; 3–0 would give b two dates
    assert join_groups(4, [(0, 1), (1, 2), (2, 3), (0, 3)], dates, articles) == [[0, 1], [2, 3]]


def test_a_joined_group_is_named_by_its_first_index_group():
    dates = ["2021"] * 6
    articles = list("abcdef")
    # the group of 4 takes in the bigger group of 0, 1, 2 and keeps the name 4: sorted last
    pairs = [(0, 1), (1, 2), (4, 2), (3, 5)]
    assert join_groups(6, pairs, dates, articles) == [[3, 5], [0, 1, 2, 4]]


def test_joins_follow_the_given_order_only():
    dates = ["2021"] * 4
    articles = list("abcd")
    everything = list(combinations(range(4), 2))
    assert join_groups(4, everything, dates, articles) == [[0, 1, 2, 3]]
    assert join_groups(4, [], dates, articles) == [[0], [1], [2], [3]]


def _pairs_by_the_rule(dates, articles, keys):
    """Every pair of different articles sharing a key on compatible dates (one date holds
    the other): the rule `cross_article_pairs` indexes, written out."""
    found = set()
    for i, j in combinations(range(len(dates)), 2):
        if articles[i] == articles[j] or not set(keys[i]) & set(keys[j]):
            continue
        if dates[i].startswith(dates[j]) or dates[j].startswith(dates[i]):
            found.add((i, j))
    return found


_DATES = [
    "2021",
    "2021-06",
    "2021-06-01",
    "2021-06-02",
    "2021-07",
    "2021-07-01",
    "2022",
    "2022-06-01",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_DATES),
            st.sampled_from("abc"),
            st.frozensets(st.sampled_from(["talks", "vote", "@un"]), max_size=2),
        ),
        max_size=12,
    )
)
def test_cross_article_pairs_are_those_of_the_rule(events):
    dates = [d for d, _, _ in events]
    articles = [a for _, a, _ in events]
    keys = [k for _, _, k in events]
    assert cross_article_pairs(dates, articles, keys) == _pairs_by_the_rule(dates, articles, keys)
