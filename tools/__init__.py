"""Developer tools around the contract (client spec, contract diff, TypeScript smoke run)."""
