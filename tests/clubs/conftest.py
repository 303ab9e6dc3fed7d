"""A small map for the clubs tests: two regions with villages at known distances.

Lindau is the centre; Nachbardorf lies about 3 km north, Weitdorf about 20 km and Fernort
about 40 km; Suedheim is in the other region, far away.
"""

from decimal import Decimal

import pytest

from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    MunicipalityFactory,
    OpportunityFinderPageFactory,
    RegionFactory,
)

KM_PER_DEGREE_LATITUDE = 111.2


def _north_of_lindau(km):
    return Decimal("54.50000") + Decimal(str(round(km / KM_PER_DEGREE_LATITUDE, 5)))


@pytest.fixture
def north(db):
    return RegionFactory(name="Amt Nord", slug="amt-nord")


@pytest.fixture
def south(db):
    return RegionFactory(name="Kreis Süd", slug="kreis-sued")


@pytest.fixture
def villages(north, south):
    def village(name, slug, km, region=north, postcode="24999"):
        return MunicipalityFactory(
            name=name,
            slug=slug,
            region=region,
            postcode=postcode,
            latitude=_north_of_lindau(km),
            longitude=Decimal("9.50000"),
        )

    return {
        "lindau": village("Lindau", "lindau", 0, postcode="24111"),
        "nachbardorf": village("Nachbardorf", "nachbardorf", 3, postcode="24112"),
        "weitdorf": village("Weitdorf", "weitdorf", 20, postcode="24113"),
        "fernort": village("Fernort", "fernort", 40, postcode="24114"),
        "suedheim": village("Südheim", "suedheim", 400, region=south, postcode="35999"),
    }


@pytest.fixture
def directory(home_page):
    return ClubDirectoryPageFactory(parent=home_page)


@pytest.fixture
def finder(home_page):
    return OpportunityFinderPageFactory(parent=home_page)


@pytest.fixture
def club_in(directory):
    """club_in(village) -> a published club page in that village."""

    def make(municipality, **kwargs):
        return ClubPageFactory(parent=directory, municipality=municipality, **kwargs)

    return make
