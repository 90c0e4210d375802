"""Who links to what, for the app: the ``[[link]]`` graph kept in step with the notebook.

The main screen asks it for the notes that link to the open talk (its header) and
for a resolver of link names (the picker, following a link). Up to
:data:`SMALL_NOTEBOOK` notes the graph is built at once; beyond, in a thread, and
handed back with the changes announced meanwhile. It uses the app through its
public face: the notebook, whether it is loaded, the main screen, workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from confnotes.knowledge.wikilinks import LinkGraph, LinkResolver, Written
    from confnotes.notebook.change_feed import NotebookChange
    from confnotes.tui.app import ConfnotesApp

SMALL_NOTEBOOK = 1000
"""Up to this many notes the link graph is built at once (~30 ms), beyond in a thread."""


class LinkKeeper:
    """The app's link graph: built when first asked for, following the notebook's changes."""

    def __init__(self, app: ConfnotesApp) -> None:
        self.app = app
        self.current: LinkGraph | None = None
        """The graph, or None until built (or after :meth:`drop`)."""
        self._generation = 0
        """Bumped when the graph is dropped: a build started before then is not taken."""
        self._building: int | None = None
        """The generation a background build of the graph is under way for (None: none)."""
        self._pending: list[NotebookChange] = []
        """Changes announced while a build runs: taken by the graph it hands back."""

    def _small(self) -> bool:
        nb = self.app.nb
        return len(nb.talks) + len(nb.people) <= SMALL_NOTEBOOK

    def graph(self) -> LinkGraph | None:
        """Who links to what, or None while it is being built (in a thread; the open talk's
        header is refreshed when it is ready)."""
        from confnotes.knowledge.wikilinks import LinkGraph

        if self.current is None and self.app.loaded and self._building is None:
            if self._small():
                self.current = LinkGraph.build(self.app.nb, self.resolver())
            else:
                self._start_build(None, None)
        return self.current

    def resolver(self) -> LinkResolver:
        """Resolves ``[[links]]`` against the notebook's current names."""
        from confnotes.knowledge.wikilinks import LinkResolver

        graph = self.current
        return (
            graph.resolver
            if graph is not None
            else LinkResolver(self.app.nb, paper_titles(self.app))
        )

    def drop(self) -> None:
        """Names may have changed in ways no change names (papers fetched, an edit): links
        resolve anew, from a graph built when next asked for."""
        self.current = None
        self._generation += 1

    def follow(self, change: NotebookChange | None) -> None:
        """The notebook announced a change: the link graph follows the notes it names.

        Only bodies changed, and they are in memory (a sync's merge, a save): the graph is
        updated here, note by note. Names changed (a new talk, a rename) or a note must be
        read from its file: a graph with a new resolver is made in a thread from the links
        the graph holds as written, and handed back; the old one answers meanwhile.
        """
        if self._building is not None and change is not None:
            self._pending.append(change)
        graph = self.current
        if graph is None:
            return
        if change is None:
            self.drop()
            return
        nb = self.app.nb
        if graph.resolver.current(nb, change) and graph.follow(nb, change, read=False):
            return
        if self._building is None:
            self._start_build(graph.written(), change)

    def _start_build(
        self, written: dict[tuple[str, str], Written] | None, change: NotebookChange | None
    ) -> None:
        self._building = generation = self._generation
        self._pending = []
        if self._small():
            self._built(generation, self._new_graph(written, change))
            return

        def build() -> None:
            graph = self._new_graph(written, change)
            self.app.call_from_thread(self._built, generation, graph)

        self.app.run_worker(build, thread=True, group="link-graph")

    def _new_graph(
        self, written: dict[tuple[str, str], Written] | None, change: NotebookChange | None
    ) -> LinkGraph:
        """A graph over the notebook as it is now: from every note that may link, or from
        the links ``written`` (those of an older graph) plus the notes ``change`` names."""
        from confnotes.knowledge.wikilinks import LinkGraph, LinkResolver

        nb = self.app.nb
        resolver = LinkResolver(nb, paper_titles(self.app))
        if written is None:
            return LinkGraph.build(nb, resolver)
        graph = LinkGraph.from_written(resolver, written)
        if change is not None:
            graph.follow(nb, change)
        return graph

    def _built(self, generation: int, graph: LinkGraph) -> None:
        if self._building != generation:
            return  # a build started later owns the pending changes
        self._building = None
        pending, self._pending = self._pending, []
        if generation != self._generation:
            self.app.main.refresh_open_note()  # dropped meanwhile: asks for a graph anew
            return
        self.current = graph
        for change in pending:
            self.follow(change)
        self.app.main.refresh_open_note()


def paper_titles(app: ConfnotesApp) -> dict[str, str]:
    """Titles of papers fetched by ``confnotes papers refresh`` (or ``shift+f11``)."""
    from confnotes.knowledge.paper_meta import cached_titles

    return cached_titles(app.nb.root)
