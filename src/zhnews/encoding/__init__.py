"""zhnews.encoding layer."""
