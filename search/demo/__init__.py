"""Demo content of the search, loaded through the hook `load_demo_content`: editors' picks and a
few weeks of search statistics (loader.py)."""

from home.demo import refuse_unless_installed

refuse_unless_installed(__name__)
