// The caller's side of a Kinline call: camera preview, wait for the officer to admit, talk.
// State for tests and the bench is on window.kinline (no media leaves the page but by WebRTC).
"use strict";
(function () {
  // The page's strings in its language, from locales/{tag}/caller.ftl (the server picks the
  // language from ?lang= or Accept-Language and renders the page in it).
  const T = JSON.parse(document.getElementById("strings").textContent);
  const $ = (id) => document.getElementById(id);
  const code = location.pathname.split("/")[2];
  const state = {
    phase: "starting", kind: null, admittedAt: null, firstFrameAt: null, endedAt: null,
    endedWallMs: null, notice: null, framesDecoded: 0, audioEnergy: 0, audioSamples: 0,
    framesBeforeAdmission: 0, warned: false,
  };
  window.kinline = state;
  let pc = null, ws = null, local = null, rtcConfig = {}, statsTimer = null;
  // A stall: nothing new (no frame, no packet) for this long in the call, whatever
  // connectionState says — Firefox stays "connected" over a cut network.
  const STALL_MS = 2000;
  // The longest ICE gathering is waited for; the answer then goes with what was found.
  const GATHER_MS = 10000;
  // The longest the centre's first message is waited for.
  const CONNECT_MS = 15000;
  let progress = { count: -1, at: 0 };

  // What the page says about the connection: lost while the browser says so or while nothing
  // arrives; back once both are well again.
  function showConnection() {
    if (state.phase === "ended" || !pc) return;
    const c = pc.connectionState;
    const down = state.stalled || c === "disconnected" || c === "failed";
    if (down && !state.reconnecting) {
      state.reconnecting = true;
      say("reconnecting");
    } else if (!down && c === "connected" && state.reconnecting) {
      state.reconnecting = false;
      state.recovered = (state.recovered || 0) + 1;
      say(state.phase === "in_call" ? "in-call" : "waiting");
    }
  }

  function say(key) { $("status").textContent = T["join-" + key] || key; }

  function end(notice) {
    if (state.phase === "ended") return;
    state.phase = "ended";
    state.notice = notice;
    state.endedAt = performance.now();
    state.endedWallMs = Date.now();
    say("ended-" + notice.replace(/_/g, "-"));
    // Nothing left to hang up: the page says the call has ended, and only that.
    $("hangup").parentElement.hidden = true;
    if (pc) pc.close();
    if (local) local.getTracks().forEach((t) => t.stop());
    $("remote").srcObject = null;
    $("remote").style.display = "none";
    if (statsTimer) clearInterval(statsTimer);
    if (ws && ws.readyState === WebSocket.OPEN) ws.close();
  }

  // When the decoded-frame count last rose (wall clock ms, the last minute): the bench reads
  // the first frame after a blackout from it.
  state.frameLog = [];
  function noteFrames(count) {
    state.frameLog.push([Date.now(), count]);
    if (state.frameLog.length > 3000) state.frameLog.shift();
  }

  async function pollStats() {
    if (!pc) return;
    const report = await pc.getStats();
    let arrived = 0;
    report.forEach((s) => {
      if (s.type === "transport" && s.selectedCandidatePairId) {
        const pair = report.get(s.selectedCandidatePairId);
        const localCandidate = pair && report.get(pair.localCandidateId);
        const remoteCandidate = pair && report.get(pair.remoteCandidateId);
        state.localCandidateType = localCandidate ? localCandidate.candidateType : null;
        state.remoteCandidateType = remoteCandidate ? remoteCandidate.candidateType : null;
      }
      // Firefox has no transport statistics: its chosen pair says `selected` itself.
      if (s.type === "candidate-pair" && s.selected === true) {
        const localCandidate = report.get(s.localCandidateId);
        const remoteCandidate = report.get(s.remoteCandidateId);
        state.localCandidateType = localCandidate ? localCandidate.candidateType : null;
        state.remoteCandidateType = remoteCandidate ? remoteCandidate.candidateType : null;
      }
      if (s.type !== "inbound-rtp") return;
      arrived += (s.packetsReceived || 0) + (s.framesDecoded || 0);
      if (s.kind === "video") {
        const f = s.framesDecoded || 0;
        if (state.phase !== "in_call") state.framesBeforeAdmission = f;
        if (f > state.framesDecoded) noteFrames(f);
        state.framesDecoded = f;
        state.freezeCount = s.freezeCount || 0;
        state.freezesMs = (s.totalFreezesDuration || 0) * 1000;
        if (f > 0 && state.admittedAt !== null && state.firstFrameAt === null) {
          state.firstFrameAt = performance.now();
        }
      } else if (s.kind === "audio") {
        state.audioEnergy = s.totalAudioEnergy || 0;
        state.audioSamples = s.totalSamplesReceived || 0;
        state.concealedSamples = s.concealedSamples || 0;
      }
    });
    const now = performance.now();
    if (arrived !== progress.count) {
      progress = { count: arrived, at: now };
      if (state.stalled) { state.stalled = false; showConnection(); }
    } else if (state.phase === "in_call" && state.firstFrameAt !== null && !state.stalled
        && now - progress.at > STALL_MS) {
      state.stalled = true;
      state.stalls = (state.stalls || 0) + 1;
      state.stalledWhile = pc.connectionState;
      showConnection();
    }
  }

  function waitGathered(conn) {
    if (conn.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, GATHER_MS);
      conn.addEventListener("icegatheringstatechange", () => {
        if (conn.iceGatheringState === "complete") { clearTimeout(timer); resolve(); }
      });
    });
  }

  // The officer checks who is calling from the first picture: keep it whole-size and give up
  // frame rate instead. Firefox would otherwise start at 320×240 while its estimate of the link
  // is low, and take many seconds to climb.
  function keepWholeSize() {
    pc.getSenders().forEach((sender) => {
      if (!sender.track || sender.track.kind !== "video") return;
      const p = sender.getParameters();
      p.degradationPreference = "maintain-resolution";
      sender.setParameters(p).catch(() => {});
    });
  }

  async function onOffer(sdp) {
    if (!pc) {
      pc = new RTCPeerConnection(rtcConfig);
      local.getTracks().forEach((t) => pc.addTrack(t, local));
      pc.ontrack = (e) => {
        const remote = $("remote");
        if (!remote.srcObject) remote.srcObject = new MediaStream();
        remote.srcObject.addTrack(e.track);
      };
      pc.onconnectionstatechange = () => {
        state.connection = pc.connectionState;
        showConnection();
      };
      statsTimer = setInterval(pollStats, 20);
    }
    state.offers = (state.offers || 0) + 1; // more than one: an ICE restart
    await pc.setRemoteDescription({ type: "offer", sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    if (state.offers === 1) keepWholeSize();
    await waitGathered(pc);
    if (!/^a=candidate:/m.test(pc.localDescription.sdp)) {
      // No way out found (no network, or the relay unreachable): say what to do. During a
      // restart the page already says it is reconnecting, and the network may come back.
      if (state.offers === 1) { state.noRoute = true; say("no-route"); }
    }
    ws.send(JSON.stringify({ type: "answer", sdp: pc.localDescription.sdp }));
  }

  async function onSignal(m) {
    switch (m.type) {
      case "hello":
        state.kind = m.kind;
        rtcConfig = { iceServers: m.ice_servers, iceTransportPolicy: m.relay_only ? "relay" : "all" };
        $("legal").style.display = m.kind === "legal" ? "block" : "none";
        if (state.phase === "starting" || state.phase === "connecting") { state.phase = "waiting"; say("waiting"); }
        break;
      case "offer": await onOffer(m.sdp); break;
      case "admitted":
        state.phase = "in_call";
        state.admittedAt = performance.now();
        $("remote").style.display = "block";
        say("in-call");
        break;
      case "warning": state.warned = true; say("warning"); break;
      case "ended": end(m.notice); break;
      case "peer_left": if (state.phase !== "ended") say("peer-left"); break;
      case "unknown": state.phase = "unknown"; say("unknown"); break;
      case "in_use": state.phase = "in_use"; say("in-use"); break;
    }
  }

  async function main() {
    try {
      local = await navigator.mediaDevices.getUserMedia({
        video: { width: 640, height: 480 },
        audio: { echoCancellation: true, noiseSuppression: true },
      });
    } catch (e) {
      state.phase = "no_camera";
      say("no-camera");
      return;
    }
    $("preview").srcObject = local;
    state.phase = "connecting";
    say("connecting");
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    ws = new WebSocket(`${scheme}://${location.host}/join/${code}/ws`);
    ws.onmessage = (ev) => { onSignal(JSON.parse(ev.data)).catch((e) => { state.error = String(e); }); };
    setTimeout(() => {
      if (state.phase === "connecting") { state.noRoute = true; say("no-route"); }
    }, CONNECT_MS);
    ws.onclose = () => { if (state.phase !== "ended" && state.phase !== "unknown" && state.phase !== "in_use") state.socketClosed = true; };
    $("hangup").onclick = () => {
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ended", notice: "completed" }));
      end("completed");
    };
  }

  $("lang").onchange = (e) => {
    const q = new URLSearchParams(location.search);
    q.set("lang", e.target.value);
    location.search = q.toString();
  };
  const refused = $("page").dataset.refused;
  if (refused) {
    // The call cannot be joined (cancelled, over, past its slot, or unknown): the server
    // rendered the reason; no camera is started.
    state.phase = "refused";
    state.refused = refused;
    $("page").classList.add("refused");
    return;
  }
  main();
})();
