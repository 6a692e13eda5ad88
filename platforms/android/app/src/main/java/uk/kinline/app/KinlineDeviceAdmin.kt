// The device-admin receiver that makes Kinline the tablet's device owner (set once at
// provisioning: `adb shell dpm set-device-owner uk.kinline.app/.KinlineDeviceAdmin`).
package uk.kinline.app

import android.app.admin.DeviceAdminReceiver

class KinlineDeviceAdmin : DeviceAdminReceiver()
