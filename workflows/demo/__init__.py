"""Demo content of requests and approvals, loaded through the hook `load_demo_content`: the club
approval workflow (loader.py) and requests of every kind in every state (requests.py); and the
benchmark's large installation on top of the demo (bench_data.py, `manage.py
generate_bench_data`).
"""

from home.demo import refuse_unless_installed

refuse_unless_installed(__name__)
