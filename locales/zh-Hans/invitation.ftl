### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: zh-Hans (Chinese (Simplified), 简体中文)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = 视频通话已预约：{ $when }
msg-subject-reminder = 视频通话即将开始：{ $when }
msg-subject-cancellation = 视频通话已取消：{ $when }
msg-subject-displacement = 视频通话无法进行：{ $when }
msg-invitation-intro = 我们为您预约了与一名被拘留在遣返中心的人的视频通话。
msg-reminder-intro = 您与一名被拘留在遣返中心的人的视频通话即将开始。
msg-when = 日期和时间（UK 时间）：{ $when } 至 { $end }。
msg-kind-social = 这是社交通话。
msg-kind-legal = 这是法律通话。
msg-link = 请打开此链接加入通话：
msg-code = 您的通话代码：{ $code }
msg-camera = 通话需要使用您的摄像头和麦克风：请允许使用。
msg-adult = 通话开始前，工作人员会确认有一名成年人在场。
msg-legal-private = 法律通话是私密的：工作人员不会观看或收听。
msg-social-supervised = 工作人员可能会监督社交通话；我们会尽可能尊重您的隐私。
msg-no-record = 请勿录制通话。
msg-cancelled = 预约在 { $when } 的视频通话已取消。此链接已失效。
msg-displaced = 预约在 { $when } 的视频通话无法进行：一个法律通话需要这个时间。
msg-next-free = 下一个可用时间是 { $next }。您要通话的人可以请工作人员预约。
msg-no-free = 您要通话的人可以请工作人员预约其他时间。
msg-footer = 此消息由中心的视频通话服务自动发送。请勿回复。
