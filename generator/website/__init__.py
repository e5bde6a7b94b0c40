"""The website side: rendered pages in, a docs folder and an MkDocs site out.

`outputs` (which folders a build may write), `publish` (write both, then swap them in,
all or nothing), `site` (the docs folder and the MkDocs build, each swapped into place),
`mkdocs_config` (the packaged configuration with a folder's overrides), `search_index`
(the prebuilt search index and its worker), `incremental` (rebuild only changed pages),
`serve` (the live-reload loop). The files they ship are in `generator/assets/`.
"""
