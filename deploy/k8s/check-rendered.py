#!/usr/bin/env python3
"""Check the rendered manifests without a cluster: every name a workload refers to exists, selectors select.

`kubectl apply --dry-run=client` cannot help here: it needs an API server even with --validate=false (for the
REST mapping), and the CRDs (CloudNativePG, Keycloak, Prometheus Operator) are not known without one. This
script renders each kustomization (`kubectl kustomize DIR`) and checks, in the output alone:

  * references: ServiceAccounts, ConfigMaps and Secrets (envFrom, env valueFrom, volumes, with their keys
    when the object is in the output), volume mounts, probe ports; Ingress backends (Service and port name)
    and TLS Secrets; the Secrets of the Keycloak CR, the realm import and the CloudNativePG roles. A name
    that is not in the output must be in PRE_CREATED below, which says who creates it (operator or by hand)
    — the same list as the README;
  * selectors: every Service, PodDisruptionBudget, ServiceMonitor and NetworkPolicy selects something; the
    ports they name exist; every pod behind an Ingress admits the ingress controller, every scraped port
    admits the monitoring namespace;
  * in-cluster calls: every URL in a pod's environment that names a Service of the namespace
    (`<service>.<namespace>.svc:<port>`: DB_URL, OIDC_URL, KIKAN_TOKEN_URL, KIKAN_JUMIN_FEED_URL,
    KIKAN_SHOTOKU_JOHO_URL, KIKAN_KOJIN_JUMINZEI_FEED_URL …) names a rendered or pre-created Service with that
    port, and the network policies let the pod out to it (egress) and the pods behind it let the pod in
    (ingress) — e.g. local-tax's feed consumer → resident-records :8081, national-health-insurance's feed
    consumer → resident-records :8081 and local-tax :8082, its API pods → local-tax :8082 (所得情報), and the same
    three calls of long-term-care's pods;
    EXPECTED_CALLS below lists the calls that must be there, so that dropping a URL is noticed too;
  * pods: non-root, read-only root filesystem, no privilege escalation, all capabilities dropped,
    RuntimeDefault seccomp, no service-account token, requests and limits, liveness and readiness probes,
    images from a registry with a tag;
  * the municipalities file: QUARKUS_CONFIG_LOCATIONS points into a mounted ConfigMap key, every entry is
    kikan.municipalities."<valid 地方公共団体コード>".name / .shucho, each code has both;
  * the public hostnames agree: Ingress hosts (portal, api, zeimu, kokuho, kaigo, auth: six different ones), TLS
    hosts, Keycloak's hostname, the portal's OIDC_URL, KIKAN_JUMIN_URL and KIKAN_PORTAL_SERVICES_ZEIMU_BASE_URL,
    the KIKAN_PORTAL_ORIGINS of resident-records, local-tax, national-health-insurance and long-term-care,
    kikan-staff's redirect URI and web origin.

Usage:  python3 deploy/k8s/check-rendered.py                  # base and overlays/example
        python3 deploy/k8s/check-rendered.py deploy/k8s/overlays/<city>
Needs kubectl >= 1.27 (kustomize built in) and PyYAML. Exit 1 on any finding.
"""
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

# Names referred to but not rendered here: who creates them (keep in line with README.md).
PRE_CREATED = {
    ("Secret", "kikan-db-app"): "CloudNativePG (Cluster kikan-db, owner credentials)",
    ("Secret", "kikan-db-ca"): "CloudNativePG (Cluster kikan-db, CA of the server certificate)",
    ("Secret", "keycloak-db-app"): "CloudNativePG (Cluster keycloak-db)",
    ("Secret", "local-tax-db-app"): "CloudNativePG (Cluster local-tax-db, owner credentials)",
    ("Secret", "local-tax-db-ca"): "CloudNativePG (Cluster local-tax-db, CA of the server certificate)",
    ("Secret", "kokuho-db-app"): "CloudNativePG (Cluster kokuho-db, owner credentials)",
    ("Secret", "kokuho-db-ca"): "CloudNativePG (Cluster kokuho-db, CA of the server certificate)",
    ("Secret", "kaigo-db-app"): "CloudNativePG (Cluster kaigo-db, owner credentials)",
    ("Secret", "kaigo-db-ca"): "CloudNativePG (Cluster kaigo-db, CA of the server certificate)",
    ("Secret", "kikan-db-runtime"): "by hand (basic-auth, role kikan_app)",
    ("Secret", "local-tax-db-runtime"): "by hand (basic-auth, role kikan_app of local-tax-db)",
    ("Secret", "kokuho-db-runtime"): "by hand (basic-auth, role kikan_app of kokuho-db)",
    ("Secret", "kaigo-db-runtime"): "by hand (basic-auth, role kikan_app of kaigo-db)",
    ("Secret", "kikan-access-log-key"): "by hand (HMAC key of the access log)",
    ("Secret", "local-tax-access-log-key"): "by hand (HMAC key of local-tax's access log)",
    ("Secret", "kokuho-access-log-key"): "by hand (HMAC key of national-health-insurance's access log)",
    ("Secret", "kaigo-access-log-key"): "by hand (HMAC key of long-term-care's access log)",
    ("Secret", "kikan-keycloak-clients"): "by hand (client secrets for the realm import)",
    ("Secret", "keycloak-tls"): "by hand or cert-manager (TLS, auth host)",
    ("Secret", "kikan-portal-tls"): "by hand or cert-manager (TLS, portal host)",
    ("Secret", "kikan-api-tls"): "by hand or cert-manager (TLS, API host)",
    ("Secret", "kikan-zeimu-tls"): "by hand or cert-manager (TLS, local-tax's API host)",
    ("Secret", "kikan-kokuho-tls"): "by hand or cert-manager (TLS, national-health-insurance's API host)",
    ("Secret", "kikan-kaigo-tls"): "by hand or cert-manager (TLS, long-term-care's API host)",
    ("Service", "keycloak-service"): "Keycloak operator (CR keycloak)",
    ("Service", "kikan-db-rw"): "CloudNativePG (Cluster kikan-db)",
    ("Service", "local-tax-db-rw"): "CloudNativePG (Cluster local-tax-db)",
    ("Service", "kokuho-db-rw"): "CloudNativePG (Cluster kokuho-db)",
    ("Service", "kaigo-db-rw"): "CloudNativePG (Cluster kaigo-db)",
    ("Service", "keycloak-db-rw"): "CloudNativePG (Cluster keycloak-db)",
}
WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "Job")
# The in-cluster calls between the services that must be in the rendered environment (workload, variable, Service,
# port), each also checked against the network policies like every other URL: a call that silently lost its URL
# (and so its default, localhost) would otherwise pass unnoticed. Checked when the workload is rendered.
EXPECTED_CALLS = [
    ("local-tax-feed", "KIKAN_JUMIN_FEED_URL", "resident-records", 8081),
    ("national-health-insurance-feed", "KIKAN_JUMIN_FEED_URL", "resident-records", 8081),
    ("national-health-insurance-feed", "KIKAN_KOJIN_JUMINZEI_FEED_URL", "local-tax", 8082),
    ("national-health-insurance-feed", "KIKAN_SHOTOKU_JOHO_URL", "local-tax", 8082),
    ("national-health-insurance", "KIKAN_SHOTOKU_JOHO_URL", "local-tax", 8082),
    ("national-health-insurance-feed", "KIKAN_TOKEN_URL", "keycloak-service", 8080),
    ("national-health-insurance", "KIKAN_TOKEN_URL", "keycloak-service", 8080),
    ("long-term-care-feed", "KIKAN_JUMIN_FEED_URL", "resident-records", 8081),
    ("long-term-care-feed", "KIKAN_KOJIN_JUMINZEI_FEED_URL", "local-tax", 8082),
    ("long-term-care-feed", "KIKAN_SHOTOKU_JOHO_URL", "local-tax", 8082),
    ("long-term-care", "KIKAN_SHOTOKU_JOHO_URL", "local-tax", 8082),
    ("long-term-care-feed", "KIKAN_TOKEN_URL", "keycloak-service", 8080),
    ("long-term-care", "KIKAN_TOKEN_URL", "keycloak-service", 8080),
]
MUNICIPALITY_KEY = re.compile(r'^kikan\.municipalities\."(\d{6})"\.(name|shucho)$')
IN_CLUSTER_URL = re.compile(r"://([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?:(\d+)")


def lg_code_valid(code):
    s = sum(int(code[i]) * (6 - i) for i in range(5))
    return (11 - s % 11) % 10 == int(code[5])


def parse_properties(text):
    """key → value of a .properties text (no line continuations, which the municipalities file does not use)."""
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$", line)
        if not m:
            raise ValueError(f"not a property line: {line!r}")
        out[m.group(1)] = m.group(2)
    return out


def matches(selector, labels):
    if selector is None:
        return False
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for e in selector.get("matchExpressions") or []:
        op, key, values = e["operator"], e["key"], e.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and labels.get(key) in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


PLACEHOLDER_DOMAIN = "kikan.example.lg.jp"   # the base's hostnames; an overlay must replace every one


class Check:
    def __init__(self, docs, where, placeholders_ok):
        self.where = where
        self.placeholders_ok = placeholders_ok
        self.docs = [d for d in docs if d]
        self.by = {(d["kind"], d["metadata"]["name"]): d for d in self.docs}
        self.findings = []
        self.count = 0
        self.pods = []          # (owner name, pod template spec, labels)
        self.pod_env = []       # (container, pod labels, env from ConfigMaps and literal values)
        for d in self.docs:
            if d["kind"] in WORKLOADS:
                t = d["spec"]["template"]
                self.pods.append((d["metadata"]["name"], t["spec"], t["metadata"].get("labels") or {}))
        # pods that operators create from the CRs in the output (labels as documented by the operators)
        self.external_pods = []
        for d in self.docs:
            if d["kind"] == "Keycloak":
                self.external_pods.append(("Keycloak " + d["metadata"]["name"], {
                    "app": "keycloak", "app.kubernetes.io/managed-by": "keycloak-operator",
                    "app.kubernetes.io/instance": d["metadata"]["name"]}))
            if d["kind"] == "Cluster" and d["apiVersion"].startswith("postgresql.cnpg.io/"):
                self.external_pods.append(("CNPG " + d["metadata"]["name"], {"cnpg.io/cluster": d["metadata"]["name"]}))
        self.external_pods.append(("Keycloak operator (if installed in the namespace)",
                                   {"app.kubernetes.io/name": "keycloak-operator"}))

    def ok(self, cond, msg):
        self.count += 1
        if not cond:
            self.findings.append(msg)

    def exists(self, kind, name, ctx):
        self.ok((kind, name) in self.by or (kind, name) in PRE_CREATED,
                f"{ctx}: {kind} {name!r} is neither rendered nor in the pre-created list")

    def key_exists(self, kind, name, key, ctx):
        d = self.by.get((kind, name))
        if d is not None and kind == "ConfigMap":
            self.ok(key in (d.get("data") or {}) or key in (d.get("binaryData") or {}),
                    f"{ctx}: ConfigMap {name!r} has no key {key!r}")

    # ------------------------------------------------------------------ workloads
    def workloads(self):
        for owner, spec, labels in self.pods:
            ctx = f"{owner}"
            self.exists("ServiceAccount", spec.get("serviceAccountName", "default"), ctx)
            self.ok(spec.get("automountServiceAccountToken") is False, f"{ctx}: service-account token mounted")
            psc = spec.get("securityContext") or {}
            self.ok(psc.get("runAsNonRoot") is True, f"{ctx}: pod not runAsNonRoot")
            self.ok((psc.get("seccompProfile") or {}).get("type") == "RuntimeDefault", f"{ctx}: no RuntimeDefault seccomp")
            volumes = {v["name"]: v for v in spec.get("volumes") or []}
            for v in volumes.values():
                if "configMap" in v:
                    self.exists("ConfigMap", v["configMap"]["name"], f"{ctx} volume {v['name']}")
                    for it in v["configMap"].get("items") or []:
                        self.key_exists("ConfigMap", v["configMap"]["name"], it["key"], f"{ctx} volume {v['name']}")
                if "secret" in v:
                    self.exists("Secret", v["secret"]["secretName"], f"{ctx} volume {v['name']}")
            for c in spec.get("containers", []) + spec.get("initContainers", []):
                cctx = f"{ctx}/{c['name']}"
                image = c.get("image", "")
                self.ok(re.match(r"^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?/.+(:[\w.-]+|@sha256:[0-9a-f]{64})$", image) is not None,
                        f"{cctx}: image {image!r} is not registry/name:tag")
                sc = c.get("securityContext") or {}
                self.ok(sc.get("readOnlyRootFilesystem") is True, f"{cctx}: root filesystem writable")
                self.ok(sc.get("allowPrivilegeEscalation") is False, f"{cctx}: privilege escalation allowed")
                self.ok("ALL" in ((sc.get("capabilities") or {}).get("drop") or []), f"{cctx}: capabilities not dropped")
                res = c.get("resources") or {}
                for part in ("requests", "limits"):
                    self.ok("memory" in (res.get(part) or {}), f"{cctx}: no memory {part}")
                self.ok("cpu" in (res.get("requests") or {}), f"{cctx}: no cpu request")
                port_names = {p.get("name") for p in c.get("ports") or []}
                for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                    p = c.get(probe)
                    if probe != "startupProbe":
                        self.ok(p is not None, f"{cctx}: no {probe}")
                    if p and "httpGet" in p:
                        port = p["httpGet"]["port"]
                        self.ok(isinstance(port, int) or port in port_names, f"{cctx}: {probe} port {port!r} not a container port")
                        self.ok(p["httpGet"]["path"].startswith("/q/health/"), f"{cctx}: {probe} not on /q/health/*")
                for m in c.get("volumeMounts") or []:
                    self.ok(m["name"] in volumes, f"{cctx}: mount of unknown volume {m['name']!r}")
                env = {}
                for ef in c.get("envFrom") or []:
                    if "configMapRef" in ef:
                        name = ef["configMapRef"]["name"]
                        self.exists("ConfigMap", name, f"{cctx} envFrom")
                        env.update((self.by.get(("ConfigMap", name)) or {}).get("data") or {})
                    if "secretRef" in ef:
                        self.exists("Secret", ef["secretRef"]["name"], f"{cctx} envFrom")
                for e in c.get("env") or []:
                    vf = e.get("valueFrom") or {}
                    if "configMapKeyRef" in vf:
                        r = vf["configMapKeyRef"]
                        self.exists("ConfigMap", r["name"], f"{cctx} env {e['name']}")
                        self.key_exists("ConfigMap", r["name"], r["key"], f"{cctx} env {e['name']}")
                    if "secretKeyRef" in vf:
                        self.exists("Secret", vf["secretKeyRef"]["name"], f"{cctx} env {e['name']}")
                    if "value" in e:
                        env[e["name"]] = e["value"]
                self.pod_env.append((cctx, labels, dict(env)))
                for stale in ("KIKAN_MUNICIPALITY_NAME", "KIKAN_MUNICIPALITY_MAYOR"):
                    self.ok(stale not in env, f"{cctx}: {stale} is set but no longer read (use the municipalities file)")
                if "QUARKUS_CONFIG_LOCATIONS" in env:
                    self.config_locations(cctx, env["QUARKUS_CONFIG_LOCATIONS"], c.get("volumeMounts") or [], volumes)

    def config_locations(self, ctx, value, mounts, volumes):
        for loc in value.split(","):
            self.ok(re.match(r"^/[A-Za-z0-9._/-]+$", loc) is not None,
                    f"{ctx}: config location {loc!r} is not a plain absolute ASCII path (it must parse as a URI)")
            mount = next((m for m in mounts if loc.startswith(m["mountPath"].rstrip("/") + "/")), None)
            self.ok(mount is not None, f"{ctx}: config location {loc} is under no volume mount")
            if mount is None:
                continue
            self.ok(mount.get("readOnly") is True, f"{ctx}: {mount['mountPath']} not mounted read-only")
            vol = volumes.get(mount["name"], {})
            cm = vol.get("configMap")
            self.ok(cm is not None, f"{ctx}: config location {loc} is not on a ConfigMap volume")
            if cm is None:
                continue
            rel = loc[len(mount["mountPath"].rstrip("/")) + 1:]
            items = {it["path"]: it["key"] for it in cm.get("items") or []}
            key = items.get(rel, rel if not items else None)
            self.ok(key is not None, f"{ctx}: {rel} is not an item of the ConfigMap volume")
            data = (self.by.get(("ConfigMap", cm["name"])) or {}).get("data") or {}
            self.ok(key in data, f"{ctx}: ConfigMap {cm['name']} has no key {key!r} for {loc}")
            if key in data and rel.endswith(".properties"):
                self.municipalities(f"{ctx} {loc}", data[key])

    def municipalities(self, ctx, text):
        try:
            props = parse_properties(text)
        except ValueError as e:
            self.ok(False, f"{ctx}: {e}")
            return
        seen = {}
        for k in props:
            m = MUNICIPALITY_KEY.match(k)
            self.ok(m is not None, f"{ctx}: unexpected key {k!r} (kikan.municipalities.\"<code>\".name|shucho)")
            if m:
                self.ok(lg_code_valid(m.group(1)), f"{ctx}: {m.group(1)} fails the 地方公共団体コード check digit")
                self.ok(props[k].strip() != "", f"{ctx}: {k} is empty")
                seen.setdefault(m.group(1), set()).add(m.group(2))
        self.ok(bool(seen), f"{ctx}: no municipality configured")
        for code, parts in seen.items():
            self.ok(parts == {"name", "shucho"}, f"{ctx}: {code} lacks {({'name', 'shucho'} - parts)}")

    # ------------------------------------------------------------------ services, ingress, selectors
    def selected_pods(self, selector):
        return [(o, s, l) for o, s, l in self.pods if matches(selector, l)]

    def services(self):
        for d in self.docs:
            if d["kind"] != "Service":
                continue
            name = d["metadata"]["name"]
            pods = self.selected_pods({"matchLabels": d["spec"].get("selector") or {}})
            self.ok(bool(pods), f"Service {name}: selector {d['spec'].get('selector')} selects no pod")
            for p in d["spec"]["ports"]:
                tp = p.get("targetPort", p["port"])
                ok = any((isinstance(tp, str) and any(cp.get("name") == tp for cp in c.get("ports") or []))
                         or (isinstance(tp, int) and any(cp["containerPort"] == tp for cp in c.get("ports") or []))
                         for _, s, _ in pods for c in s["containers"])
                self.ok(ok, f"Service {name}: targetPort {tp!r} is no container port of the selected pods")
                self.ok(isinstance(tp, int) or tp == p.get("name"), f"Service {name}: port {p.get('name')!r} → targetPort {tp!r} named differently")

    def service_port(self, svc_name, port):
        """the container port behind a Service port, or None"""
        svc = self.by.get(("Service", svc_name))
        if svc is None:
            return None
        for p in svc["spec"]["ports"]:
            if port.get("name") == p.get("name") or port.get("number") == p["port"]:
                tp = p.get("targetPort", p["port"])
                for _, s, _ in self.selected_pods({"matchLabels": svc["spec"]["selector"]}):
                    for c in s["containers"]:
                        for cp in c.get("ports") or []:
                            if cp.get("name") == tp or cp["containerPort"] == tp:
                                return cp["containerPort"], svc["spec"]["selector"]
        return None

    def admits(self, pod_labels, port, namespace):
        """is there a NetworkPolicy letting pods of `namespace` reach pod_labels:port"""
        for d in self.docs:
            if d["kind"] != "NetworkPolicy" or "Ingress" not in d["spec"].get("policyTypes", ["Ingress"]):
                continue
            if not matches(d["spec"]["podSelector"], pod_labels) and d["spec"]["podSelector"] != {}:
                continue
            for rule in d["spec"].get("ingress") or []:
                ports = [p.get("port") for p in rule.get("ports") or []]
                if ports and port not in ports:
                    continue
                for peer in rule.get("from") or []:
                    ns = (peer.get("namespaceSelector") or {}).get("matchLabels") or {}
                    exprs = (peer.get("namespaceSelector") or {}).get("matchExpressions") or []
                    if ns.get("kubernetes.io/metadata.name") == namespace or any(
                            e["key"] == "kubernetes.io/metadata.name" and e["operator"] == "In" and namespace in e["values"]
                            for e in exprs):
                        return True
        return False

    def ingresses(self):
        for d in self.docs:
            if d["kind"] != "Ingress":
                continue
            name = d["metadata"]["name"]
            self.ok(d["spec"].get("ingressClassName") == "nginx", f"Ingress {name}: not for IngressClass nginx")
            tls_hosts = set()
            for t in d["spec"].get("tls") or []:
                self.exists("Secret", t["secretName"], f"Ingress {name} tls")
                tls_hosts.update(t.get("hosts") or [])
            for r in d["spec"]["rules"]:
                self.ok(r["host"] in tls_hosts, f"Ingress {name}: host {r['host']} has no TLS entry")
                for p in r["http"]["paths"]:
                    svc, port = p["backend"]["service"]["name"], p["backend"]["service"]["port"]
                    self.exists("Service", svc, f"Ingress {name} {r['host']}{p['path']}")
                    if ("Service", svc) in self.by:
                        target = self.service_port(svc, port)
                        self.ok(target is not None, f"Ingress {name}: Service {svc} has no port {port}")
                        if target:
                            cport, sel = target
                            self.ok(self.admits(sel, cport, "ingress-nginx"),
                                    f"Ingress {name}: no NetworkPolicy admits ingress-nginx to {svc} :{cport}")
                    elif svc == "keycloak-service":
                        kc = next((x for x in self.docs if x["kind"] == "Keycloak"), None)
                        self.ok(kc is not None and port.get("number") == kc["spec"]["http"]["httpsPort"],
                                f"Ingress {name}: keycloak-service port {port} is not the Keycloak CR's httpsPort")
                        if kc is not None:
                            self.ok(self.admits({"app.kubernetes.io/managed-by": "keycloak-operator",
                                                 "app.kubernetes.io/instance": kc["metadata"]["name"]},
                                                port.get("number"), "ingress-nginx"),
                                    f"Ingress {name}: no NetworkPolicy admits ingress-nginx to Keycloak :{port.get('number')}")

    def selectors(self):
        all_labels = [l for _, _, l in self.pods] + [l for _, l in self.external_pods]
        for d in self.docs:
            kind, name = d["kind"], d["metadata"]["name"]
            if kind == "PodDisruptionBudget":
                self.ok(bool(self.selected_pods(d["spec"]["selector"])), f"PDB {name}: selects no pod")
            if kind == "ServiceMonitor":
                svcs = [s for s in self.docs if s["kind"] == "Service" and matches(d["spec"]["selector"], s["metadata"].get("labels") or {})]
                self.ok(bool(svcs), f"ServiceMonitor {name}: selects no Service")
                for ep in d["spec"]["endpoints"]:
                    for s in svcs:
                        target = self.service_port(s["metadata"]["name"], {"name": ep["port"]})
                        self.ok(target is not None, f"ServiceMonitor {name}: Service {s['metadata']['name']} has no port {ep['port']!r}")
                        if target:
                            self.ok(self.admits(target[1], target[0], "monitoring"),
                                    f"ServiceMonitor {name}: no NetworkPolicy admits monitoring to :{target[0]}")
            if kind == "NetworkPolicy":
                sel = d["spec"]["podSelector"]
                self.ok(sel == {} or any(matches(sel, l) for l in all_labels), f"NetworkPolicy {name}: podSelector selects no pod")
                for direction, peers in (("ingress", "from"), ("egress", "to")):
                    for rule in d["spec"].get(direction) or []:
                        for peer in rule.get(peers) or []:
                            if "podSelector" in peer and "namespaceSelector" not in peer and peer["podSelector"] != {}:
                                self.ok(any(matches(peer["podSelector"], l) for l in all_labels),
                                        f"NetworkPolicy {name}: {direction} peer {peer['podSelector']} selects no pod")
                for rule in d["spec"].get("ingress") or []:
                    for p in rule.get("ports") or []:
                        own = self.selected_pods(sel) if sel != {} else []
                        if own:
                            self.ok(any(cp["containerPort"] == p["port"] for _, s, _ in own for c in s["containers"] for cp in c.get("ports") or []),
                                    f"NetworkPolicy {name}: ingress port {p['port']} is no container port of its pods")

    # ------------------------------------------------------------------ in-cluster calls
    def policy_allows(self, direction, own_labels, peer_labels, port):
        """does some NetworkPolicy of this namespace let own_labels send to (egress) / receive from (ingress)
        pods labelled peer_labels of the same namespace on port"""
        kind, peers = ("Egress", "to") if direction == "egress" else ("Ingress", "from")
        for d in self.docs:
            if d["kind"] != "NetworkPolicy" or kind not in d["spec"].get("policyTypes", ["Ingress"]):
                continue
            sel = d["spec"]["podSelector"]
            if sel != {} and not matches(sel, own_labels):
                continue
            for rule in d["spec"].get(direction) or []:
                ports = [p.get("port") for p in rule.get("ports") or []]
                if ports and port not in ports:
                    continue
                if not rule.get(peers):
                    return True          # no peers: any
                for peer in rule[peers]:
                    if "namespaceSelector" in peer or "ipBlock" in peer:
                        continue
                    if peer.get("podSelector") == {} or matches(peer.get("podSelector"), peer_labels):
                        return True
        return False

    def in_cluster_calls(self):
        namespaces = {d["metadata"].get("namespace") for d in self.docs if d["kind"] in WORKLOADS}
        seen = set()             # (workload, variable, Service, port)
        for cctx, labels, env in self.pod_env:
            for var, value in sorted(env.items()):
                for svc, ns, port in IN_CLUSTER_URL.findall(str(value)):
                    port = int(port)
                    seen.add((cctx.split("/")[0], var, svc, port))
                    if ns not in namespaces:
                        continue         # another namespace's service: its policies are not rendered here
                    ctx = f"{cctx} {var}"
                    self.exists("Service", svc, ctx)
                    target = None        # (container port, labels of the pods behind the Service)
                    if ("Service", svc) in self.by:
                        found = self.service_port(svc, {"number": port})
                        self.ok(found is not None, f"{ctx}: Service {svc} has no port {port}")
                        if found:
                            target = (found[0], found[1])
                    elif svc == "keycloak-service":
                        kc = next((x for x in self.docs if x["kind"] == "Keycloak"), None)
                        if kc is not None:
                            self.ok(port in (kc["spec"]["http"].get("httpPort"), kc["spec"]["http"].get("httpsPort")),
                                    f"{ctx}: keycloak-service :{port} is neither the Keycloak CR's httpPort nor httpsPort")
                            target = (port, {"app.kubernetes.io/managed-by": "keycloak-operator",
                                             "app.kubernetes.io/instance": kc["metadata"]["name"]})
                    elif svc.endswith("-rw") and ("Cluster", svc[:-3]) in self.by:
                        target = (port, {"cnpg.io/cluster": svc[:-3]})
                    if target is None:
                        continue
                    cport, dst = target
                    self.ok(self.policy_allows("egress", labels, dst, cport),
                            f"{ctx}: no NetworkPolicy lets the pod out to {svc} :{cport}")
                    self.ok(self.policy_allows("ingress", dst, labels, cport),
                            f"{ctx}: no NetworkPolicy lets the pod in to {svc} :{cport}")
        rendered = {d["metadata"]["name"] for d in self.docs if d["kind"] in WORKLOADS}
        for call in EXPECTED_CALLS:
            if call[0] in rendered:
                self.ok(call in seen, f"{call[0]}: expected the in-cluster call {call[1]} → {call[2]} :{call[3]}, "
                                      "not found in its environment")

    # ------------------------------------------------------------------ operators' resources
    def custom_resources(self):
        for d in self.docs:
            kind, name, spec = d["kind"], d["metadata"]["name"], d.get("spec") or {}
            if kind == "Keycloak":
                self.exists("Secret", spec["db"]["usernameSecret"]["name"], f"Keycloak {name} db")
                self.exists("Secret", spec["db"]["passwordSecret"]["name"], f"Keycloak {name} db")
                self.exists("Secret", spec["http"]["tlsSecret"], f"Keycloak {name} tls")
                self.exists("Service", spec["db"]["host"].split(".")[0], f"Keycloak {name} db host")
            if kind == "KeycloakRealmImport":
                self.ok(("Keycloak", spec["keycloakCRName"]) in self.by, f"KeycloakRealmImport {name}: no Keycloak {spec['keycloakCRName']}")
                for ph in (spec.get("placeholders") or {}).values():
                    self.exists("Secret", ph["secret"]["name"], f"KeycloakRealmImport {name} placeholder")
            if kind == "Cluster" and d["apiVersion"].startswith("postgresql.cnpg.io/"):
                for role in (spec.get("managed") or {}).get("roles") or []:
                    if "passwordSecret" in role:
                        self.exists("Secret", role["passwordSecret"]["name"], f"Cluster {name} role {role['name']}")
            if kind not in ("Namespace",) and "namespace" not in d["metadata"]:
                self.ok(False, f"{kind} {name}: no namespace")

    # ------------------------------------------------------------------ public hostnames
    def hostnames(self):
        kikan, kc_ing = self.by.get(("Ingress", "kikan")), self.by.get(("Ingress", "keycloak"))
        if kikan is None or kc_ing is None:
            self.ok(False, "Ingress kikan or keycloak missing")
            return
        host = {}
        for r in kikan["spec"]["rules"]:
            for p in r["http"]["paths"]:
                host.setdefault(p["backend"]["service"]["name"], r["host"])
        portal, api, auth = host.get("staff-portal"), host.get("resident-records"), kc_ing["spec"]["rules"][0]["host"]
        zeimu, kokuho, kaigo = host.get("local-tax"), host.get("national-health-insurance"), host.get("long-term-care")
        self.ok(portal and api and zeimu and kokuho and kaigo and len({portal, api, zeimu, kokuho, kaigo, auth}) == 6,
                f"hostnames: portal={portal} api={api} zeimu={zeimu} kokuho={kokuho} kaigo={kaigo} auth={auth}")
        rr = (self.by.get(("ConfigMap", "resident-records-config")) or {}).get("data") or {}
        lt = (self.by.get(("ConfigMap", "local-tax-config")) or {}).get("data") or {}
        nhi = (self.by.get(("ConfigMap", "national-health-insurance-config")) or {}).get("data") or {}
        ltc = (self.by.get(("ConfigMap", "long-term-care-config")) or {}).get("data") or {}
        sp = (self.by.get(("ConfigMap", "staff-portal-config")) or {}).get("data") or {}
        kc = self.by.get(("Keycloak", "keycloak")) or {"spec": {"hostname": {}}}
        realm = (self.by.get(("KeycloakRealmImport", "kikan-realm")) or {}).get("spec", {}).get("realm", {})
        staff = next((c for c in realm.get("clients", []) if c["clientId"] == "kikan-staff"), {})
        expect = [
            ("resident-records-config KIKAN_PORTAL_ORIGINS", rr.get("KIKAN_PORTAL_ORIGINS"), f"https://{portal}"),
            ("local-tax-config KIKAN_PORTAL_ORIGINS", lt.get("KIKAN_PORTAL_ORIGINS"), f"https://{portal}"),
            ("national-health-insurance-config KIKAN_PORTAL_ORIGINS", nhi.get("KIKAN_PORTAL_ORIGINS"), f"https://{portal}"),
            ("long-term-care-config KIKAN_PORTAL_ORIGINS", ltc.get("KIKAN_PORTAL_ORIGINS"), f"https://{portal}"),
            ("staff-portal-config KIKAN_JUMIN_URL", sp.get("KIKAN_JUMIN_URL"), f"https://{api}"),
            ("staff-portal-config KIKAN_PORTAL_SERVICES_ZEIMU_BASE_URL", sp.get("KIKAN_PORTAL_SERVICES_ZEIMU_BASE_URL"),
             f"https://{zeimu}"),
            ("staff-portal-config KIKAN_PORTAL_SERVICES_KOKUHO_BASE_URL", sp.get("KIKAN_PORTAL_SERVICES_KOKUHO_BASE_URL"),
             f"https://{kokuho}"),
            ("staff-portal-config KIKAN_PORTAL_SERVICES_KAIGO_BASE_URL", sp.get("KIKAN_PORTAL_SERVICES_KAIGO_BASE_URL"),
             f"https://{kaigo}"),
            ("staff-portal-config OIDC_URL", sp.get("OIDC_URL"), f"https://{auth}/realms/kikan"),
            ("Keycloak spec.hostname.hostname", kc["spec"]["hostname"].get("hostname"), f"https://{auth}"),
            ("kikan-staff redirectUris", staff.get("redirectUris"), [f"https://{portal}/*"]),
            ("kikan-staff webOrigins", staff.get("webOrigins"), [f"https://{portal}"]),
            ("kikan-staff post.logout.redirect.uris", (staff.get("attributes") or {}).get("post.logout.redirect.uris"), "+"),
        ]
        for what, got, want in expect:
            self.ok(got == want, f"hostnames: {what} is {got!r}, expected {want!r}")
        self.ok(not re.search(r"localhost|127\.0\.0\.1", yaml.safe_dump(realm.get("clients", []))),
                "realm import: a client still names localhost")
        if not self.placeholders_ok:
            left = sorted({f"{d['kind']} {d['metadata']['name']}" for d in self.docs
                           if PLACEHOLDER_DOMAIN in yaml.safe_dump(d, allow_unicode=True)})
            self.ok(not left, f"hostnames: the base's placeholder {PLACEHOLDER_DOMAIN} is left in {', '.join(left)} "
                              "(components/public-hostnames not used?)")

    def run(self):
        self.workloads()
        self.services()
        self.ingresses()
        self.selectors()
        self.in_cluster_calls()
        self.custom_resources()
        self.hostnames()
        return self.findings


def render(path):
    out = subprocess.run(["kubectl", "kustomize", str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"kubectl kustomize {path} failed:\n{out.stderr}")
    return list(yaml.safe_load_all(out.stdout))


def main(argv):
    dirs = argv or [str(HERE / "base"), str(HERE / "overlays" / "example")]
    failed = False
    for d in dirs:
        check = Check(render(d), d, placeholders_ok=Path(d).resolve() == HERE / "base")
        findings = check.run()
        kinds = {}
        for doc in check.docs:
            kinds[doc["kind"]] = kinds.get(doc["kind"], 0) + 1
        print(f"{d}: {len(check.docs)} objects ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); "
              f"{check.count} checks, {len(findings)} findings")
        for f in findings:
            print("  FAIL " + f)
        failed |= bool(findings)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
