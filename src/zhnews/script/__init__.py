"""zhnews.script layer."""
