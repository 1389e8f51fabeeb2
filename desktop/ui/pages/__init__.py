"""One module per page; ``desktop.ui.pages.factory.build_page`` makes the page for a target."""
