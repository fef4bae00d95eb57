import type zhCN from './zh-CN';

/** The `identity` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  auth: {
    loginTitle: 'Log in',
    loginSubtitle: 'Log in with your platform account',
    username: 'Username',
    password: 'Password',
    loginSubmit: 'Log in',
    noAccount: 'No account yet?',
    registerLink: 'Register an enterprise',
    registerTitle: 'Enterprise registration',
    registerSubtitle:
      'After registering, the Administrative Committee verifies your enterprise; then every service is open to you',
    accountSection: 'Account',
    orgSection: 'Enterprise',
    displayName: 'Your name',
    phone: 'Mobile phone',
    email: 'E-mail',
    confirmPassword: 'Confirm password',
    passwordPolicy:
      'At least 12 characters, not only digits, not a common password, not containing the username; a memorable phrase works well',
    registerSubmit: 'Register and submit for verification',
    haveAccount: 'Already registered?',
    loginLink: 'Log in',
    registered: 'Registered; the Administrative Committee will review your enterprise',
    changePasswordTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmNewPassword: 'Confirm new password',
    passwordChanged: 'Password changed; your other sessions were logged out',
  },
  users: {
    title: 'Users',
    new: 'New user',
    qPlaceholder: 'Username or name',
    role: 'Role',
    username: 'Username',
    displayName: 'Name',
    password: 'Initial password',
    department: 'Department',
    org: 'Organisation',
    orgSearch: 'Type to search organisations',
    status: 'Status',
    locked: 'Locked until {{until}}',
    lockedOnly: 'Locked only',
    createdAt: 'Created at',
    disable: 'Disable',
    enable: 'Enable',
    unlock: 'Unlock',
    created: 'User created',
    updated: 'Updated',
    disableConfirm: 'Disabling logs the user out at once. Disable {{name}}?',
  },
};

export default dictionary;
