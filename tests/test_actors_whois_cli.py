"""``rasid whois``: dictionary look-up and user-file check."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rasid(*args):
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "rasid", *args], capture_output=True, text=True, env=env)


def test_whois_finds_actor_by_variant_spelling_with_roles_on_date():
    r = _rasid("whois", "فائز السراج", "--date", "2019-08-07")
    assert r.returncode == 0
    assert r.stdout.startswith("sarraj_fayez\t")
    assert "head_of_gna" in r.stdout
    r = _rasid("whois", "فائز السراج", "--date", "2023-01-01")
    assert "role:" not in r.stdout


def test_whois_unknown_name_exits_1():
    r = _rasid("whois", "شخص غير موجود")
    assert r.returncode == 1 and "not in the dictionary" in r.stdout


def test_whois_check_user_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("entries:\n- {id: haftar_khalifa, name: خليفة حفتر, type: PER, country: LY}\n"
                 "- {id: new_one, name: سالم الجديد, type: PER}\n", encoding="utf-8")
    r = _rasid("whois", "--check", "--actors", str(f))
    assert r.returncode == 0
    assert "2 actors OK (1 new, 1 replacing bundled ids)" in r.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n- {id: x, name: س, roles: [{title: رئيس, from: 2019-13-45}]}\n", encoding="utf-8")
    r = _rasid("whois", "--check", "--actors", str(bad))
    assert r.returncode == 2 and "E101" in r.stderr
