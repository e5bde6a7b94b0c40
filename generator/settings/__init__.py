"""The briefing folder and its configuration: folders, briefing.yml read safely and checked."""
