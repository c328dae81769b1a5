export default defineAppConfig({
  pages: ['pages/index/index', 'pages/stations/index', 'pages/aid/index', 'pages/me/index'],
  window: {
    navigationBarTitleText: '工会通',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f2ef',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    color: '#6b6b6b',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/stations/index',
        text: '驿站',
        iconPath: 'assets/tabbar/station.png',
        selectedIconPath: 'assets/tabbar/station-active.png',
      },
      {
        pagePath: 'pages/aid/index',
        text: '互助',
        iconPath: 'assets/tabbar/aid.png',
        selectedIconPath: 'assets/tabbar/aid-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  subPackages: [
    { root: 'join', pages: ['index/index', 'form/index', 'result/index'] },
    { root: 'member', pages: ['card/index', 'notifications/index', 'transfer/index'] },
    { root: 'station', pages: ['detail/index', 'report/index'] },
    { root: 'claim', pages: ['file/index', 'detail/index'] },
    {
      root: 'officer',
      pages: [
        'index/index',
        'dashboard/index',
        'applications/index',
        'applications/detail/index',
        'channels/index',
        'channels/create/index',
        'channels/detail/index',
        'verify/index',
        'transfers/index',
        'stations/index',
        'stations/edit/index',
        'stations/import/index',
        'stations/reports/index',
        'claims/index',
        'claims/detail/index',
        'payouts/index',
        'exports/index',
        'enrollments/import/index',
        'members/import/index',
      ],
    },
  ],
  // The join subpackage is fetched while 首页 is open, so the scan button opens the form at once.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['join'] },
  },
  // chooseLocation: officers pick a station's position on the map.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的暖心驿站' },
  },
  // WeChat shows its privacy guide before any privacy API is called.
  __usePrivacyCheck__: true,
})
