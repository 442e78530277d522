"""Code generated from the contract in openapi/ by `make generate`. Never edit by hand."""
