from tests.sync.teamgit import git_env, team, team3  # noqa: F401
