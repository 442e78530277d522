"""`jambonz-api loadtest`: many simulated calls against a voice application, with honest
figures.

- `plan`: what to run (calls, arrival rate and ramp, the far end's behaviour) and the
  arrival schedule;
- `measure`: what the application's webhooks did (per kind: count, failures by cause,
  latency percentiles) and what became of the calls;
- `runner`: runs a plan on the embedded simulator, in-process (a private SQLite database
  in a temporary directory; no server needed);
- `report`: the terminal table and the JSON document.
"""
