"""Domain services: one module per resource. Each function takes the `Database`, the
caller's `Principal` and generated models, and returns generated models."""
