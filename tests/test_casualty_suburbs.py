"""A town close by a larger town the article names is filed inside it for telling figures
apart (casualty_places.larger_place_near, casualties._suburbs_within).

Sentences invented for the test."""

import pytest

from rashomon.extract import extract_article
from rashomon.extract.casualties import _named_province
from rashomon.extract.casualty_places import larger_place_near, province_seat
from rashomon.model import Article


def test_a_suburb_lies_within_the_city_nearby() -> None:
    assert larger_place_near("Douma", {"Douma", "Damascus"}, "SY") == "Damascus"


def test_a_city_is_not_within_its_suburb() -> None:
    assert larger_place_near("Damascus", {"Douma", "Damascus"}, "SY") == ""


def test_a_town_far_from_the_city_stays_apart() -> None:
    assert larger_place_near("Idlib", {"Idlib", "Aleppo"}, "SY") == ""


def test_a_name_written_as_province_is_no_container() -> None:
    assert _named_province("Hama", "Jets struck villages of the province of Hama on Monday.")
    assert not _named_province("Hama", "Jets struck a market in Hama on Monday.")


def test_a_town_lies_within_the_province_the_article_names() -> None:
    assert province_seat(("As Sukhnah",), {"Homs"}, "SY") == "Homs"


def test_a_town_of_another_province_stays_apart() -> None:
    assert province_seat(("Douma",), {"Homs"}, "SY") == ""


@pytest.mark.parametrize(("title", "body", "count", "container"), [
    # a headline city and a suburb in the body
    ("Shelling kills 12 near Damascus",
     "Twelve residents were killed on Sunday when shells hit a market in Douma in Syria, a medic told reporters.",
     12, "Damascus"),
    # a headline province and a town of it in the body, beyond the suburb distance
    ("Air raids kill 30 fighters in Homs",
     "Thirty fighters were killed on Monday when jets bombed a depot in As Sukhnah, in the desert of Homs "
     "province in Syria, a monitor said.",
     30, "Homs"),
])
def test_headline_place_and_body_place_within_it_share_one_figure(
        title: str, body: str, count: int, container: str) -> None:
    article = Article(id="t", outlet="test", title=title, text=f"{title}\n\n{body}")
    facts = [f for f in extract_article(article).casualties if f.low == count and f.place]
    assert any(f.place_within == container for f in facts if f.place != container)
