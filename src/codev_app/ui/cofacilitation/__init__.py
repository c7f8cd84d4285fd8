"""Co-facilitation in the window: Session > Share with a co-facilitator… and Join a session…"""
