"""Demo content of clubs and volunteering, loaded through the hook `load_demo_content`.

Two fictional regions (an Amt in Schleswig-Holstein and a Hessian district) with their villages,
the shared topics and categories, about twenty clubs with their opportunities, networks,
contact points and experts. All places, people and organisations are invented.
"""

from home.demo import refuse_unless_installed

refuse_unless_installed(__name__)
