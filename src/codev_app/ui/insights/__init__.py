"""The facilitator's insights window: the same charts as the PDF, each with its table."""
