"""datatrove pipeline steps that run zhnews on every document (``pip install zhnews[datatrove]``).

:class:`ZhNewsNormalizer` normalizes ``doc.text`` and, by default, parses the article:
the text becomes the article body and the fields (title, authors, published, source,
editors ...) go into ``doc.metadata["zhnews"]`` as JSON-ready values. Counters are kept
with datatrove's ``stat_update``: documents seen, documents changed, changes per step and
which fields were found. :class:`ZhNewsFormatter` is the plain formatter form (text only).

Both steps pickle only their configuration, so they run under any datatrove executor::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from zhnews.adapters.datatrove import ZhNewsNormalizer

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/"), ZhNewsNormalizer(), JsonlWriter("clean/")],
        tasks=4,
    ).run()
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.formatters.base import BaseFormatter
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "zhnews.adapters.datatrove needs datatrove; install it with `pip install zhnews[datatrove]`"
    ) from exc

from zhnews.adapters import ConfigLike, get_normalizer, process, step_counts

__all__ = ["ZhNewsFormatter", "ZhNewsNormalizer"]

#: The fields whose presence is counted (``found_title`` ...) when articles are parsed.
_COUNTED_FIELDS = ("title", "authors", "published", "source", "editors")


class ZhNewsNormalizer(PipelineStep):  # type: ignore[misc]
    """Normalize each document's text with zhnews and store the parsed article fields.

    ``config`` is a :class:`~zhnews.pipeline.NormalizerConfig` (or a ``Normalizer``; the
    default runs the default steps). With ``parse_fields`` (default) the text is parsed:
    ``doc.text`` becomes the article body and ``doc.metadata[metadata_key]`` a dict of the
    article fields plus ``changes``; without it the text is only normalized, and the changes
    are stored only if ``explain`` is true. Stats: ``total``, ``changed``,
    ``changes_<step>`` (edits per step) and ``found_<field>``.

    >>> from zhnews.pipeline import NormalizerConfig
    >>> from datatrove.data import Document
    >>> step = ZhNewsNormalizer(NormalizerConfig.from_steps([]), parse_fields=False)
    >>> [d.text for d in step.run(iter([Document(text="新闻", id="1")]))]
    ['新闻']
    """

    name = "🀄 zhnews"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: ConfigLike = None,
        parse_fields: bool = True,
        *,
        explain: bool = False,
        metadata_key: str = "zhnews",
    ) -> None:
        super().__init__()
        # Resolve now so that a bad configuration fails when the pipeline is built.
        self.normalizer = get_normalizer(config)
        self.parse_fields = parse_fields
        self.explain = explain
        self.metadata_key = metadata_key

    def process_document(self, doc: Any) -> Any:
        """Normalize (and parse) one ``Document`` in place, update the stats, return it."""
        self.stat_update("total")
        result = process(doc.text, self.normalizer, parse=self.parse_fields, explain=self.explain)
        doc.text = result.text
        if result.changed:
            self.stat_update("changed")
        for step, count in step_counts(result.changes).items():
            self.stat_update(f"changes_{step}", value=count)
        if self.parse_fields or self.explain:
            meta: dict[str, Any] = dict(result.fields or {})
            meta["changes"] = list(result.changes)
            doc.metadata[self.metadata_key] = meta
            for name in _COUNTED_FIELDS:
                if meta.get(name):
                    self.stat_update(f"found_{name}")
        return doc

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield every document of ``data``, normalized (see the class docstring)."""
        if data is None:
            return
        for doc in data:
            with self.track_time():
                self.process_document(doc)
            yield doc


class ZhNewsFormatter(BaseFormatter):  # type: ignore[misc]
    """A datatrove formatter: ``format(text)`` is ``Normalizer.normalize(text)``, nothing more.

    Use it where only clean text is wanted (no metadata); it keeps datatrove's formatter
    stats (``total`` and time per document).

    >>> from zhnews.pipeline import NormalizerConfig
    >>> ZhNewsFormatter(NormalizerConfig.from_steps([])).format("新闻")
    '新闻'
    """

    name = "🀄 zhnews format"

    def __init__(self, config: ConfigLike = None) -> None:
        super().__init__()
        self.normalizer = get_normalizer(config)

    def format(self, text: str) -> str:
        """Return the normalized text."""
        result: str = self.normalizer.normalize(text)
        return result
