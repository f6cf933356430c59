"""zhnews.news layer."""
