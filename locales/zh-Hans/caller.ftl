### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: zh-Hans (Chinese (Simplified), 简体中文)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = 视频通话
join-legal = 这是法律通话：工作人员不会观看。
join-starting = 正在启动您的摄像头…
join-no-camera = 无法启动您的摄像头或麦克风。请允许使用后重新加载此页面。
join-waiting = 请稍候：工作人员将很快核实并让您进入。
join-connecting = 正在连接…
join-in-call = 您已接通。
join-warning = 通话将在一分钟后结束。
join-reconnecting = 连接已断开。正在重新连接…
join-no-route = 无法连接。请检查网络连接，然后重新加载此页面。
join-peer-left = 对方的连接已断开。正在等待…
join-ended-completed = 通话已结束。
join-ended-slot-ended = 通话已结束：时间已到。
join-ended-terminated = 工作人员结束了通话。
join-ended-technical-failure = 由于连接失败，通话已结束。可以免费重新预约。
join-ended-not-admitted = 通话未能进行。
join-unknown = 此链接无效，或通话已结束。
join-in-use = 已有人使用此链接加入了这次通话。只能有一人加入；如果那是您，请关闭另一个窗口。
join-hang-up = 挂断
join-no-record = 请勿录制此通话。中心只保存通话的日期、时间和时长。
join-language = 语言
refused-unknown = 此链接无效。请检查您收到的链接。
refused-cancelled = 此通话已取消。
refused-over = 此通话已经进行过了。
refused-past = 此通话的时间已过。
